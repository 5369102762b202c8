package hako.demo;

import java.util.List;
import java.util.SplittableRandom;

/** Makes up plausible Japanese customers: names, contact details and what they agreed to receive. */
final class People {

    private static final String[] DOMAINS = {"example.jp", "example.jp", "example.com", "example.net"};
    private static final String[] MOBILE = {"090", "090", "080", "070"};
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    /** Share of customers whose surname is written with a variant kanji such as 髙 or 﨑. */
    private static final double VARIANT_SURNAME = 0.02;
    private static final double LINE_FRIEND = 0.4;
    private static final double REFERRED = 0.08;

    private final List<String> surnames = DemoData.lines("surnames.txt");
    private final List<String> variantSurnames = DemoData.lines("surname-variants.txt");
    private final List<String> givenNames = DemoData.lines("given-names.txt");
    private final List<String> towns = DemoData.lines("towns.txt");
    private final List<String> buildings = DemoData.lines("buildings.txt");
    private final List<String[]> places = DemoData.rows("places.tsv");
    private final double[] placeWeights = Draw.cumulative(places.stream().mapToDouble(p -> Double.parseDouble(p[3]))
            .toArray());

    /** Customer {@code index}: a referrer, if any, is an earlier customer. */
    Person person(long index, SplittableRandom rng) {
        String surname = pick(rng.nextDouble() < VARIANT_SURNAME ? variantSurnames : surnames, rng);
        String name = surname + '\u3000' + pick(givenNames, rng);
        String email = "user" + (index + 1) + '@' + DOMAINS[rng.nextInt(DOMAINS.length)];
        StringBuilder phone = new StringBuilder(13).append(MOBILE[rng.nextInt(MOBILE.length)]).append('-');
        CsvText.padded(phone, rng.nextInt(10_000), 4).append('-');
        CsvText.padded(phone, rng.nextInt(10_000), 4);
        String[] place = places.get(Draw.index(placeWeights, rng));
        String postalCode = CsvText.padded(new StringBuilder(place[2]).append('-'), rng.nextInt(10_000), 4).toString();
        String lineUserId = rng.nextDouble() < LINE_FRIEND ? lineUserId(rng) : "";
        boolean emailConsent = rng.nextDouble() < 0.7;
        boolean lineConsent = !lineUserId.isEmpty() && rng.nextDouble() < 0.9;
        boolean dmConsent = rng.nextDouble() < 0.5;
        boolean phoneConsent = rng.nextDouble() < 0.2;
        String referredBy = index > 0 && rng.nextDouble() < REFERRED ? CsvText.customerId(rng.nextLong(index)) : "";
        return new Person(name, email, phone.toString(), postalCode, place[0], address(place[1], rng), lineUserId,
                emailConsent, lineConsent, dmConsent, phoneConsent, referredBy);
    }

    /** City, town, block-lot-house number, and for a third of customers a building and room. */
    private String address(String city, SplittableRandom rng) {
        StringBuilder address = new StringBuilder(40).append(city).append(pick(towns, rng))
                .append(1 + rng.nextInt(5)).append('-').append(1 + rng.nextInt(30)).append('-')
                .append(1 + rng.nextInt(20));
        if (rng.nextDouble() < 0.35) {
            address.append(' ').append(pick(buildings, rng)).append(1 + rng.nextInt(5)).append("0")
                    .append(1 + rng.nextInt(8));
        }
        return address.toString();
    }

    /** U and 32 hex digits, the form of a LINE Messaging API user id. */
    private static String lineUserId(SplittableRandom rng) {
        char[] id = new char[33];
        id[0] = 'U';
        long bits = rng.nextLong();
        for (int i = 1; i <= 32; i++) {
            if (i == 17) {
                bits = rng.nextLong();
            }
            id[i] = HEX[(int) (bits & 0xF)];
            bits >>>= 4;
        }
        return new String(id);
    }

    private static String pick(List<String> words, SplittableRandom rng) {
        return words.get(rng.nextInt(words.size()));
    }
}
