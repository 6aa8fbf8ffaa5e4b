package org.restwise.app.web;

/** A problem page: the HTTP status, a short title and one plain sentence. */
public record ProblemView(int status, String title, String message) {
}
