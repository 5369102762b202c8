package hako.demo;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/** Writes customers.csv, the customers master, in UTF-8 with consent columns as 1/0. */
final class CustomersCsv implements Closeable {

    static final String HEADER = "顧客ID,氏名,メールアドレス,電話番号,郵便番号,都道府県,住所,LINEユーザーID,"
            + "メルマガ,LINE配信,DM送付,電話連絡,紹介者ID";

    private final Writer out;
    private final People people = new People();
    private final StringBuilder line = new StringBuilder(256);
    private int count;

    CustomersCsv(Path file) throws IOException {
        this.out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
        out.write(HEADER);
        out.write('\n');
    }

    int count() {
        return count;
    }

    void write(Shopper shopper, SplittableRandom rng) throws IOException {
        Person p = people.person(shopper.index(), rng);
        line.setLength(0);
        line.append(shopper.id()).append(',');
        for (String text : new String[] {p.name(), p.email(), p.phone(), p.postalCode(), p.prefecture(), p.address(),
            p.lineUserId()}) {
            CsvText.field(line, text).append(',');
        }
        line.append(flag(p.emailConsent())).append(',').append(flag(p.lineConsent())).append(',')
                .append(flag(p.dmConsent())).append(',').append(flag(p.phoneConsent())).append(',')
                .append(p.referredBy()).append('\n');
        out.append(line);
        count++;
    }

    private static char flag(boolean value) {
        return value ? '1' : '0';
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
