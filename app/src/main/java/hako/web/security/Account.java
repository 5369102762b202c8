package hako.web.security;

import java.time.LocalDateTime;

/** A person who may log in. */
public record Account(String username, Role role, boolean enabled, LocalDateTime createdAt) {
}
