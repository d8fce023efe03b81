package dev.calls.examples.spring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A customer record, looked after by one of the organization's people (its account manager). */
@Entity
@Table(name = "crm_customer")
public class Customer {
    @Id
    @Column(name = "id")
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private String organizationId;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "company", nullable = false)
    private String company;

    @Column(name = "account_manager", nullable = false)
    private String accountManager;

    protected Customer() {
    }

    public Customer(Long id, String organizationId, String name, String company, String accountManager) {
        this.id = id;
        this.organizationId = organizationId;
        this.name = name;
        this.company = company;
        this.accountManager = accountManager;
    }

    public Long getId() {
        return id;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public String getName() {
        return name;
    }

    public String getCompany() {
        return company;
    }

    public String getAccountManager() {
        return accountManager;
    }
}
