package org.restwise.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PagesTest {

    private static final String HIDDEN = "<input type=\"hidden\" name=\"" + AccessGate.CSRF_FIELD + "\" value=\"t0k\">";

    @Test
    void everyFormThatPostsGainsTheTokenAndNothingElseDoes() {
        String html = "<html><head><title>x</title></head><body>"
                + "<form method=\"get\" action=\"/a\"><button>a</button></form>"
                + "<form class=\"x\" method=\"post\" action=\"/b\"><button>b</button></form>"
                + "<formation method=\"post\">not a form</formation>"
                + "<p data-method=\"post\">a paragraph</p>"
                + "<form method=\"post\"></form></body></html>";

        String page = Pages.withCsrfToken(html, "t0k");

        assertThat(page).contains("<form class=\"x\" method=\"post\" action=\"/b\">" + HIDDEN + "<button>b</button>");
        assertThat(page).contains("<form method=\"post\">" + HIDDEN + "</form>");
        assertThat(page).contains("<form method=\"get\" action=\"/a\"><button>");
        assertThat(page).contains("<formation method=\"post\">not a form");
        assertThat(page.split(java.util.regex.Pattern.quote(HIDDEN), -1)).hasSize(3);
        assertThat(page).contains("<meta name=\"csrf-token\" content=\"t0k\">\n</head>");
    }

    @Test
    void theNavigationGainsTheAccountPageOnceAndFormsAfterItStillGetTheToken() {
        String html = "<html><head></head><body><nav><ul>\n      <li><a href=\"/\">Today</a></li>\n    </ul>\n  </nav>"
                + "<main><form method=\"post\" action=\"/x\"></form></main></body></html>";

        String page = Pages.withCsrfToken(html, "t0k", true);

        assertThat(page).contains("<li><a href=\"/squads\">Squads</a></li>\n      <li><a href=\"/account\">Account</a></li>\n    </ul>\n  </nav>");
        assertThat(page.split("/account", -1)).hasSize(2);
        assertThat(page).contains("<form method=\"post\" action=\"/x\">" + HIDDEN + "</form>");
        assertThat(page).startsWith("<html><head><meta name=\"csrf-token\" content=\"t0k\">\n</head>");
    }

    @Test
    void aPageEndingInAnUnclosedTagIsLeftAsItWas() {
        assertThat(Pages.withCsrfToken("<p>cut short <form method=\"post\"", "t0k")).isEqualTo("<p>cut short <form method=\"post\"");
    }
}
