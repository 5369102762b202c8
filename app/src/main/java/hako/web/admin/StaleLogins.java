package hako.web.admin;

import hako.web.security.Accounts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a login that no longer matches its account: once an admin disables someone or changes their
 * role, that person's open session stops working at their next request (they log in again, with
 * the new role, or not at all); a password reset ends the sessions opened with the old password.
 * Without this a disabled person could go on exporting until the session timed out. Runs after
 * Spring Security has read the session; the account is read from {@link Accounts}' memory, not the
 * database, on each request.
 */
@Component
class StaleLogins extends OncePerRequestFilter {

    private final Accounts accounts;

    StaleLogins(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
                || path.equals("/favicon.svg") || path.equals("/login");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken
                || stillValid(auth, session)) {
            chain.doFilter(request, response);
            return;
        }
        SecurityContextHolder.clearContext();
        if (session != null) {
            session.invalidate();
        }
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", "/login");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.sendRedirect("/login");
        }
    }

    /**
     * Whether the account still exists, is enabled, has the role the session was granted and the
     * password it was opened with.
     */
    private boolean stillValid(Authentication auth, HttpSession session) {
        UserDetails now;
        try {
            now = accounts.loadUserByUsername(auth.getName());
        } catch (UsernameNotFoundException e) {
            return false;
        }
        return now.isEnabled() && names(now.getAuthorities()).equals(names(auth.getAuthorities()))
                && session != null
                && accounts.passwordStamp(auth.getName()).equals(session.getAttribute(Accounts.SESSION_STAMP));
    }

    /** The roles only: a login also carries how it was made (a password factor), which an account has not. */
    private static Set<String> names(java.util.Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("ROLE_"))
                .collect(Collectors.toSet());
    }
}
