package org.crosscheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutletFinderTest {
    private static final String BODY = "Officials said on Monday that 20 people were hurt when the bridge collapsed.";

    private static String find(ManifestEntry entry, String text) {
        return OutletFinder.find(entry, text, new PassageClassifier().classify(text));
    }

    @Test
    void prefersManifestOutlet() {
        String text = "The Daily HeraldNews You Can Trust\n\nBridge collapses in storm\n\n" + BODY + "\n";
        assertThat(find(new ManifestEntry("a.txt", "Valley Times", null, null), text)).isEqualTo("Valley Times");
    }

    @Test
    void readsOutletFromMastheadFusedWithSlogan() {
        String text = "The Daily HeraldNews You Can Trust\n\nBridge collapses in storm\n\n" + BODY + "\n";
        assertThat(find(null, text)).isEqualTo("The Daily Herald");
    }

    @Test
    void readsAgencyFromSourceLine() {
        String text = "Bridge collapses in storm\nSource: Jane Doe, Reuters\n\n" + BODY + "\n";
        assertThat(find(null, text)).isEqualTo("Reuters");
    }

    @Test
    void leavesOutletUnknownWithoutClearSign() {
        String text = "Bridge collapses in storm\n\n" + BODY + "\n";
        assertThat(find(null, text)).isNull();
    }
}
