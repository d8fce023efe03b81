package dev.calls.spring;

/** {@code calls.push.fcm.*}: Firebase Cloud Messaging HTTP v1 for the devices users register. */
public class PushFcmProperties {

    /** The service account's JSON key: a file path or the JSON itself. Never logged. */
    private String serviceAccount;

    /** The Firebase project id. */
    private String projectId;

    /** The FCM base URL. */
    private String endpoint = "https://fcm.googleapis.com";

    public String getServiceAccount() {
        return serviceAccount;
    }

    public void setServiceAccount(String serviceAccount) {
        this.serviceAccount = serviceAccount;
    }

    public String getProjectId() {
        return projectId;
    }

    public void setProjectId(String projectId) {
        this.projectId = projectId;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }
}
