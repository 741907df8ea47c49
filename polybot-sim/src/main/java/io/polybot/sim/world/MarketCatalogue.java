package io.polybot.sim.world;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Questions for generated markets: eight hand-written ones first (the demo's), then questions
 * filled in from templates per category, each with a unique slug.
 */
final class MarketCatalogue {
    record Entry(String question, String slug, String eventSlug, String eventTitle, String category) {}

    private static final List<Entry> FIXED = List.of(
            new Entry("Will Bitcoin close above $150,000 on December 31?", "bitcoin-above-150k-on-december-31",
                    "bitcoin-price-end-of-year", "Bitcoin price at the end of the year", "Crypto"),
            new Entry("Will Ethereum trade above $8,000 before the end of the year?", "ethereum-above-8000-this-year",
                    "ethereum-price-this-year", "Ethereum price this year", "Crypto"),
            new Entry("Will the Fed cut rates at its next meeting?", "fed-cut-at-next-meeting",
                    "fed-decision-next-meeting", "Fed decision at the next meeting", "Economics"),
            new Entry("Will US CPI inflation come in above 3% in the next report?", "us-cpi-above-3-next-report",
                    "us-cpi-next-report", "US CPI in the next report", "Economics"),
            new Entry("Will it snow in New York City on Christmas Day?", "snow-in-nyc-on-christmas-day",
                    "nyc-weather-christmas", "New York City weather on Christmas", "Weather"),
            new Entry("Will London record a temperature above 35°C this summer?", "london-above-35c-this-summer",
                    "london-summer-heat", "London summer heat", "Weather"),
            new Entry("Will the Boston Celtics win the NBA Finals?", "celtics-win-nba-finals",
                    "nba-champion", "NBA Champion", "Sports"),
            new Entry("Will SpaceX reach orbit with Starship this quarter?", "starship-orbit-this-quarter",
                    "spacex-starship-launches", "SpaceX Starship launches", "Tech"));

    private static final List<String> COINS = List.of("Bitcoin", "Ethereum", "Solana", "XRP", "Dogecoin");
    private static final List<String> CITIES = List.of("New York City", "Chicago", "London", "Seoul", "Miami", "Dallas");
    private static final List<String> TEAMS = List.of("Yankees", "Dodgers", "Red Sox", "Cubs", "Mets", "Braves", "Astros", "Padres");
    private static final List<String> INDICATORS = List.of("CPI inflation", "unemployment", "core PCE inflation", "GDP growth");
    private static final List<String> COMPANIES = List.of("Apple", "OpenAI", "Nvidia", "Tesla", "Google");
    private static final List<String> CANDIDATES = List.of("Avery Stone", "Blake Rivera", "Casey Morgan", "Devon Hale", "Emery Quinn");

    private final Random random;
    private final List<Entry> fixed;
    private int next;

    MarketCatalogue(Random random) {
        this.random = random;
        this.fixed = new ArrayList<>(FIXED);
        Collections.shuffle(this.fixed, random);
    }

    /** The {@code index}-th standalone question; the first eight are the hand-written ones. */
    Entry standalone(int index, Instant resolvesAt) {
        if (next < fixed.size()) return fixed.get(next++);
        String date = date(resolvesAt);
        String question = switch (random.nextInt(5)) {
            case 0 -> "Will " + pick(COINS) + " close above $" + (1 + random.nextInt(9)) + "," + (random.nextInt(10)) + "00 on " + date + "?";
            case 1 -> "Will US " + pick(INDICATORS) + " come in above " + (1 + random.nextInt(5)) + "." + random.nextInt(10) + "% in the report of " + date + "?";
            case 2 -> "Will the highest temperature in " + pick(CITIES) + " be above " + (60 + random.nextInt(40)) + "°F on " + date + "?";
            case 3 -> "Will the " + pick(TEAMS) + " win on " + date + "?";
            default -> "Will " + pick(COMPANIES) + " announce a new model before " + date + "?";
        };
        String category = question.contains("close above") ? "Crypto" : question.contains("report") ? "Economics"
                : question.contains("temperature") ? "Weather" : question.contains(" win on ") ? "Sports" : "Tech";
        String slug = slug(question) + "-" + index;
        return new Entry(question, slug, slug, question, category);
    }

    /** Members of a neg-risk event: "Will X win ...?" for {@code size} candidates, one event slug. */
    List<Entry> negRiskEvent(int eventIndex, int size, Instant resolvesAt) {
        String contest = "the " + pick(List.of("Springfield mayoral race", "Golden Ball award", "Kessler Prize", "league MVP vote"))
                + " of " + date(resolvesAt);
        String eventTitle = "Who will win " + contest + "?";
        String eventSlug = slug(eventTitle) + "-" + eventIndex;
        List<String> names = new ArrayList<>(CANDIDATES);
        Collections.shuffle(names, random);
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String question = "Will " + names.get(i) + " win " + contest + "?";
            out.add(new Entry(question, slug(question) + "-" + eventIndex, eventSlug, eventTitle, "Politics"));
        }
        return out;
    }

    private String pick(List<String> options) { return options.get(random.nextInt(options.size())); }

    private static String date(Instant time) {
        LocalDate day = LocalDate.ofInstant(time, ZoneOffset.UTC);
        String month = day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
        return month + " " + day.getDayOfMonth();
    }

    private static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
