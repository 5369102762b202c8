package hako.spark;

/** Input the job refuses (arguments, missing or mistyped columns, an as-of before all data): one message for the user. */
final class BadInput extends Exception {

    BadInput(String message) {
        super(message);
    }
}
