package hako.cli;

import hako.store.ShopDatabase;
import java.nio.file.Path;
import java.sql.Connection;

/** A second process that holds a shop database open until its standard input closes (lock tests). */
public final class HoldDatabase {

    private HoldDatabase() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection ignored = ShopDatabase.open(Path.of(args[0]))) {
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the lock until the parent closes our input
            }
        }
    }
}
