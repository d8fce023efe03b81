package dev.calls.spring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.orm.jpa.AbstractEntityManagerFactoryBean;

/**
 * Sets {@link CallsSchemaFilter} on the application's entity manager factory before it is built, unless the
 * application has a schema filter of its own.
 */
final class CallsSchemaFilterInstaller implements BeanPostProcessor {
    private static final Logger LOG = LoggerFactory.getLogger(CallsSchemaFilterInstaller.class);

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractEntityManagerFactoryBean factory) {
            Object existing = factory.getJpaPropertyMap().putIfAbsent(CallsSchemaFilter.SETTING, new CallsSchemaFilter());
            if (existing != null && !(existing instanceof CallsSchemaFilter)) {
                LOG.info("{} is set by the application; Hibernate's ddl-auto may change the calls tables",
                        CallsSchemaFilter.SETTING);
            }
        }
        return bean;
    }
}
