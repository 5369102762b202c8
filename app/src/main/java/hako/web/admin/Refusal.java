package hako.web.admin;

/**
 * A change the guard rails refuse, with the message key (in the admin bundle) that tells the admin
 * why, so that the page can say it in the admin's language.
 */
public class Refusal extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public Refusal(String key, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
