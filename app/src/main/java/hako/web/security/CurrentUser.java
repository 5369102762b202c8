package hako.web.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The role of the person making a request, for pages that show or hide personal data. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Role role(Authentication auth) {
        for (GrantedAuthority a : auth.getAuthorities()) {
            for (Role r : Role.values()) {
                if (r.authority().equals(a.getAuthority())) {
                    return r;
                }
            }
        }
        return Role.VIEWER;
    }

    public static boolean seesPersonalData(Authentication auth) {
        return role(auth).seesPersonalData();
    }
}
