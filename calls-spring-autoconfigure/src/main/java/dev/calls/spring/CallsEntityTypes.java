package dev.calls.spring;

import dev.calls.jpa.JpaCalls;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;

/**
 * Adds the calls entities to the application's persistence unit. Spring Boot scans only the application's own
 * packages (or those of {@code @EntityScan}) into its {@link PersistenceManagedTypes}; this appends
 * {@link JpaCalls#ENTITY_CLASSES} to whatever was found, so the host's entities and ours share one
 * {@code EntityManagerFactory} and one transaction manager.
 */
final class CallsEntityTypes implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof PersistenceManagedTypes types && !(bean instanceof WithCallsEntities)) {
            return new WithCallsEntities(types);
        }
        return bean;
    }

    private static final class WithCallsEntities implements PersistenceManagedTypes {
        private final PersistenceManagedTypes host;
        private final List<String> classNames;

        WithCallsEntities(PersistenceManagedTypes host) {
            this.host = host;
            List<String> names = new ArrayList<>(host.getManagedClassNames());
            for (Class<?> type : JpaCalls.ENTITY_CLASSES) {
                if (!names.contains(type.getName())) {
                    names.add(type.getName());
                }
            }
            this.classNames = List.copyOf(names);
        }

        @Override
        public List<String> getManagedClassNames() {
            return classNames;
        }

        @Override
        public List<String> getManagedPackages() {
            return host.getManagedPackages();
        }

        @Override
        public URL getPersistenceUnitRootUrl() {
            return host.getPersistenceUnitRootUrl();
        }
    }
}
