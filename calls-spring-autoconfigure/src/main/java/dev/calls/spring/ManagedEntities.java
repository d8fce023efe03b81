package dev.calls.spring;

import dev.calls.jpa.JpaCalls;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks that the application's persistence unit knows the calls entities, with a message saying how to fix it. */
final class ManagedEntities {
    private ManagedEntities() {
    }

    static void require(EntityManagerFactory emf) {
        Set<Class<?>> managed = emf.getMetamodel().getEntities().stream().map(EntityType::getJavaType)
                .collect(Collectors.toSet());
        List<String> missing = JpaCalls.ENTITY_CLASSES.stream().filter(type -> !managed.contains(type))
                .map(Class::getName).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The application's EntityManagerFactory does not manage the calls "
                    + "entities " + missing + ". Spring Boot's own factory gets them automatically; a factory "
                    + "you define yourself must list them too, e.g. packagesToScan(\"your.package\", "
                    + "\"dev.calls.jpa.entity\") or JpaCalls.ENTITY_CLASSES.");
        }
    }
}
