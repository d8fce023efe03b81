package dev.calls.examples.servlet;

/** Escaping and the bar shared by the example's pages. */
final class Html {
    private Html() {
    }

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(value.length() + 16);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Accounts whose bar links to the admin page (the page itself asks the engine). */
    static final java.util.Set<String> ADMINS = java.util.Set.of(DemoUsers.ADMIN);

    /** The bar on top of signed-in pages; the calls client puts the status menu into it, so it covers nothing. */
    static String nav(Account account, String organization) {
        return """
                <header class="bar">
                  <strong>Calls example</strong>
                  <nav><a href="/">People</a> <a href="/history">History</a> <a href="/meetings">Meetings</a>%s</nav>
                  <div class="me" data-calls-status-menu></div>
                  <span class="who">%s · %s</span>
                  <form method="post" action="/logout" data-calls-sign-out><button type="submit">Sign out</button></form>
                </header>
                """.formatted(ADMINS.contains(account.username()) ? " <a href=\"/admin\">Admin</a>" : "",
                escape(account.name()), escape(organization));
    }
}
