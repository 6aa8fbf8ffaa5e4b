package org.restwise.formats;

/** The file formats Restwise reads activities from. */
public enum ActivityFormat {
    GPX,
    TCX,
    FIT
}
