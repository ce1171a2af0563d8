package org.ocdsnacional.harvester.protocol;

import java.util.Optional;

/** Where secrets come from: environment variables, named in the registry (the secrets never are). */
@FunctionalInterface
public interface Environment {

    /** The process's environment. */
    Environment SYSTEM = name -> Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());

    Optional<String> get(String name);
}
