package org.battlequiz.authoring.interchange;

/** The interchange formats; param is the value of ?format= in the export URL. */
public enum Format {
    MOODLE_XML("moodle-xml", "xml", "application/xml"),
    GIFT("gift", "txt", "text/plain"),
    CSV("csv", "csv", "text/csv");

    private final String param;
    private final String fileExtension;
    private final String mediaType;

    Format(String param, String fileExtension, String mediaType) {
        this.param = param;
        this.fileExtension = fileExtension;
        this.mediaType = mediaType;
    }

    public String param() {
        return param;
    }

    public String fileExtension() {
        return fileExtension;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Format fromParam(String param) {
        for (Format format : values()) {
            if (format.param.equalsIgnoreCase(param)) {
                return format;
            }
        }
        throw new IllegalArgumentException("Unknown format '" + param + "'; use gift, moodle-xml or csv");
    }
}
