package hako.web.security;

import hako.web.events.EventsCors;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Everything needs a login; what a role may do is decided here, by URL, and again in the pages that
 * show personal data. Form login, BCrypt, CSRF on every change, strict headers.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    private static final String ADMIN = Role.ADMIN.name();
    private static final String MARKETER = Role.MARKETER.name();

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * The events API ({@code /api/**}): called by shops' sites and servers, authenticated by the write
     * key in the controller, so stateless — no session, no login redirect, no CSRF token — with CORS
     * for the shop's own sites. Checked before the login chain.
     */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, EventsCors cors) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .cors(c -> c.configurationSource(cors))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(r -> r.disable())
                .securityContext(c -> c.disable())
                .anonymous(a -> a.disable())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    SecurityFilterChain security(HttpSecurity http, Accounts accounts) throws Exception {
        SavedRequestAwareAuthenticationSuccessHandler loggedIn = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                                Authentication auth) throws ServletException, IOException {
                // A later password reset changes the stamp and so ends this session (StaleLogins).
                request.getSession().setAttribute(Accounts.SESSION_STAMP, accounts.passwordStamp(auth.getName()));
                super.onAuthenticationSuccess(request, response, auth);
            }
        };
        loggedIn.setDefaultTargetUrl("/");
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.svg", "/error", "/hako.js").permitAll()
                        // reached from messages, signed tokens: tracked links and unsubscribe (see hako.web.automations)
                        .requestMatchers("/t/**", "/u/**").permitAll()
                        .requestMatchers("/automations/preview/**").hasAnyRole(ADMIN, MARKETER)
                        .requestMatchers("/admin/**").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/clv/**").hasRole(ADMIN)
                        .requestMatchers("/imports/**", "/customers/export", "/followups/plans.csv", "/followups/sheet.xlsx",
                                "/followups/lists/*").hasAnyRole(ADMIN, MARKETER)
                        .requestMatchers(HttpMethod.POST, "/board/**", "/followups/**", "/analyses/**").hasAnyRole(ADMIN, MARKETER)
                        .requestMatchers(HttpMethod.POST, "/automations/**").hasRole(ADMIN)
                        .requestMatchers("/automations/audience/**").hasAnyRole(ADMIN, MARKETER)
                        .anyRequest().authenticated())
                // one-click unsubscribe (RFC 8058): mailbox providers POST without a CSRF token
                .csrf(c -> c.ignoringRequestMatchers("/u/**"))
                .formLogin(f -> f.loginPage("/login").successHandler(loggedIn).permitAll())
                .logout(l -> l.logoutSuccessUrl("/login?logout").permitAll())
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:;"
                                + " style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none';"
                                + " frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
