package hako.web.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The people who may log in, kept in the shop database with BCrypt password hashes. */
@Component
public class Accounts implements UserDetailsService {

    /** The shortest password Hako accepts. */
    public static final int MIN_PASSWORD = 10;
    /** The session attribute holding {@link #passwordStamp} as it was at login. */
    public static final String SESSION_STAMP = "hako.passwordStamp";
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,64}");

    private final DataSource db;
    private final PasswordEncoder encoder;
    private final Map<String, Stored> cache = new ConcurrentHashMap<>();

    Accounts(DataSource db, PasswordEncoder encoder) {
        this.db = db;
        this.encoder = encoder;
    }

    /**
     * The account as stored, for logging in and for checking a session on every request. Read from
     * the database once and remembered until an account changes through this class (the server
     * holds the database alone, so nothing else changes it). A new {@link UserDetails} every time:
     * Spring Security erases the password of the one it authenticated with.
     */
    @Override
    public UserDetails loadUserByUsername(String username) {
        Stored stored = stored(username);
        if (stored == null) {
            throw new UsernameNotFoundException("no such user");
        }
        return User.withUsername(username).password(stored.passwordHash()).disabled(!stored.enabled())
                .authorities(new SimpleGrantedAuthority(stored.role().authority())).build();
    }

    /** A fingerprint of the account's password hash: it changes when the password is reset. */
    public String passwordStamp(String username) {
        Stored stored = stored(username);
        return stored == null ? "" : Integer.toHexString(stored.passwordHash().hashCode());
    }

    private Stored stored(String username) {
        Stored known = cache.get(username);
        if (known != null) {
            return known;
        }
        try (Connection c = db.getConnection();
             PreparedStatement p = c.prepareStatement(
                     "SELECT password_hash, role, enabled FROM users WHERE username = ?")) {
            p.setString(1, username);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                Stored read = new Stored(r.getString(1), Role.ofKey(r.getString(2)), r.getBoolean(3));
                cache.put(username, read);
                return read;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read users", e);
        }
    }

    private record Stored(String passwordHash, Role role, boolean enabled) {
    }

    public List<Account> all() throws SQLException {
        List<Account> accounts = new ArrayList<>();
        try (Connection c = db.getConnection();
             PreparedStatement p = c.prepareStatement(
                     "SELECT username, role, enabled, created_at FROM users ORDER BY username");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                accounts.add(new Account(r.getString(1), Role.ofKey(r.getString(2)), r.getBoolean(3),
                        r.getObject(4, LocalDateTime.class)));
            }
        }
        return accounts;
    }

    public boolean isEmpty() throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement p = c.prepareStatement("SELECT count(*) FROM users");
             ResultSet r = p.executeQuery()) {
            r.next();
            return r.getLong(1) == 0;
        }
    }

    /** Adds a person; the username must be new and the password at least {@value #MIN_PASSWORD} characters. */
    public void create(String username, String password, Role role) throws SQLException {
        if (!isValidUsername(username)) {
            throw new IllegalArgumentException("a username is 2–64 letters, digits or . _ @ -");
        }
        requirePassword(password);
        try (Connection c = db.getConnection();
             PreparedStatement p = c.prepareStatement(
                     "INSERT INTO users SELECT ?, ?, ?, true, current_timestamp::TIMESTAMP"
                             + " WHERE NOT EXISTS (SELECT 1 FROM users WHERE username = ?)")) {
            p.setString(1, username);
            p.setString(2, encoder.encode(password));
            p.setString(3, role.key());
            p.setString(4, username);
            if (p.executeUpdate() == 0) {
                throw new IllegalArgumentException("the username " + username + " is taken");
            }
        }
    }

    public void setRole(String username, Role role) throws SQLException {
        update("UPDATE users SET role = ? WHERE username = ?", role.key(), username);
    }

    public void setEnabled(String username, boolean enabled) throws SQLException {
        update("UPDATE users SET enabled = ? WHERE username = ?", enabled, username);
    }

    public void setPassword(String username, String password) throws SQLException {
        requirePassword(password);
        update("UPDATE users SET password_hash = ? WHERE username = ?", encoder.encode(password), username);
    }

    private void update(String sql, Object value, String username) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            p.setObject(1, value);
            p.setString(2, username);
            if (p.executeUpdate() == 0) {
                throw new IllegalArgumentException("no user " + username);
            }
        } finally {
            cache.remove(username);
        }
    }

    /** Whether {@code username} is 2–64 letters, digits or {@code . _ @ -}. */
    public static boolean isValidUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    private static void requirePassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException("a password needs at least " + MIN_PASSWORD + " characters");
        }
    }
}
