package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimKind;
import org.crosscheck.project.DocumentInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The story timeline in the real window, on a real project of the six Qeshm earthquake reports. */
@ExtendWith(ApplicationExtension.class)
class TimelineWindowTest {
    static {
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    @TempDir
    static Path dir;
    private QeshmWindow window;
    private Stage stage;

    /** The project is analysed here, not in the window's start, which TestFX gives only seconds. */
    @org.junit.jupiter.api.BeforeAll
    static void analyseOnce() {
        org.crosscheck.AnalysedProjects.copyOf(org.crosscheck.AnalysedProjects.QESHM, dir.resolve("first.db"));
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = new QeshmWindow(stage, Files.createTempDirectory(dir, "t"));
        window.view.showTimeline();
    }

    private List<Rectangle> marks(FxRobot robot) {
        return robot.lookup("." + TimelineChart.MARK).queryAllAs(Rectangle.class).stream().toList();
    }

    /** The DATE claims of the project whose date covers known days. */
    private List<Claim> resolvedDatedClaims() {
        return window.session.snapshot().claims().stream()
                .filter(c -> c.kind() == ClaimKind.DATE && c.value().date() != null && !c.value().date().isPartial())
                .toList();
    }

    @Test
    void everyResolvedDatedClaimIsOneMarkSpanningTheDaysOfItsDate(FxRobot robot) {
        List<Claim> dated = resolvedDatedClaims();
        assertThat(dated).hasSizeGreaterThanOrEqualTo(5);
        TimelineChart chart = window.view.timeline().chart();
        assertThat(chart.layoutShown().marks().stream().map(TimelineLayout.Mark::claimId).collect(Collectors.toSet()))
                .isEqualTo(dated.stream().map(Claim::id).collect(Collectors.toSet()));
        robot.clickOn("All"); // the strays too
        List<Rectangle> marks = marks(robot);
        assertThat(marks).allSatisfy(r -> assertThat(r.getX() + r.getWidth()).isLessThanOrEqualTo(chart.getWidth()));
        assertThat(marks.stream().map(r -> (String) r.getUserData()).collect(Collectors.toSet()))
                .isEqualTo(dated.stream().map(Claim::id).collect(Collectors.toSet()));
        TimelineGeometry g = window.view.timeline().chart().geometry();
        Map<String, Rectangle> byClaim = marks.stream().collect(Collectors.toMap(r -> (String) r.getUserData(), r -> r));
        for (Claim c : dated) {
            long days = ChronoUnit.DAYS.between(c.value().date().first(), c.value().date().last()) + 1;
            Rectangle mark = byClaim.get(c.id());
            assertThat(mark.getX()).as(c.valueText()).isCloseTo(g.x(c.value().date().first()), within(0.01));
            assertThat(mark.getWidth()).as(c.valueText())
                    .isCloseTo(Math.max(TimelineGeometry.MIN_MARK_WIDTH, days * g.pixelsPerDay()), within(0.01));
        }
    }

    @Test
    void zoomedFarInOnlyTheMarksInSightAreDrawn(FxRobot robot) {
        TimelineChart chart = window.view.timeline().chart();
        robot.interact(() -> chart.zoom(200, chart.getWidth() / 2));
        List<Rectangle> drawn = marks(robot);
        assertThat(drawn.size()).isLessThan(resolvedDatedClaims().size());
        assertThat(drawn).allSatisfy(r -> {
            assertThat(r.getX()).isLessThanOrEqualTo(chart.getWidth() + 10);
            assertThat(r.getX() + r.getWidth()).isGreaterThanOrEqualTo(0);
        });
        robot.interact(chart::fitAll);
        assertThat(marks(robot)).hasSize(resolvedDatedClaims().size());
    }

    @Test
    void clickingAMarkSelectsItsFactItsClaimAndItsSentenceInTheArticle(FxRobot robot) {
        // A mark in the first lane, on the days the view fits to: in sight without scrolling.
        TimelineLayout layout = window.view.timeline().chart().layoutShown();
        TimelineLayout.Mark first = layout.marks().stream().filter(m -> m.lane() == 0
                && !m.first().isBefore(layout.focus().first()) && !m.last().isAfter(layout.focus().last()))
                .reduce((a, b) -> b).orElseThrow();
        Claim claim = window.session.index().claim(first.claimId()).orElseThrow();
        robot.interact(() -> window.session.selectClaim(resolvedDatedClaims().stream()
                .filter(c -> !c.id().equals(claim.id())).findFirst().orElseThrow().id()));
        robot.interact(() -> window.view.timeline().chart().fit());
        Rectangle mark = marks(robot).stream().filter(r -> claim.id().equals(r.getUserData())).findFirst().orElseThrow();
        robot.clickOn(mark);
        assertThat(window.session.selectedClaimIdProperty().get()).isEqualTo(claim.id());
        Rectangle redrawn = marks(robot).stream().filter(r -> claim.id().equals(r.getUserData())).findFirst()
                .orElseThrow();
        assertThat(window.session.selectedFactIdProperty().get())
                .isEqualTo(window.session.index().factOfClaim(claim.id()).orElseThrow().id());
        var area = window.view.article().textArea();
        assertThat(area.getText()).contains(claim.sentence());
        assertThat(area.getStyleAtPosition(claim.sentenceStart() + 1)).contains(ArticleViewModel.SELECTED_SENTENCE);
        assertThat(redrawn.getStyleClass()).contains("mark-selected");
    }

    @Test
    void laneTitlesFollowTheSwitchBetweenSourcesAndFacts(FxRobot robot) {
        TimelineLayout bySource = window.view.timeline().chart().layoutShown();
        Set<String> sources = resolvedDatedClaims().stream()
                .map(c -> ClaimInspectorViewModel.sourceName(c.document(), window.session.index()))
                .collect(Collectors.toSet());
        assertThat(bySource.lanes()).extracting(TimelineLayout.Lane::title).containsExactlyInAnyOrderElementsOf(sources);
        robot.clickOn("per fact");
        TimelineLayout byFact = window.view.timeline().chart().layoutShown();
        long facts = resolvedDatedClaims().stream()
                .map(c -> window.session.index().factOfClaim(c.id()).orElseThrow().id()).distinct().count();
        assertThat(byFact.lanes()).hasSize((int) facts);
        assertThat(byFact.marks()).hasSize(resolvedDatedClaims().size());
    }

    @Test
    void zoomingInWidensEveryDayAndDraggingShowsEarlierDays(FxRobot robot) {
        TimelineChart chart = window.view.timeline().chart();
        TimelineGeometry before = chart.geometry();
        robot.clickOn("+");
        assertThat(chart.geometry().pixelsPerDay()).isCloseTo(before.pixelsPerDay() * 1.5, within(1e-9));
        TimelineGeometry zoomed = chart.geometry();
        robot.drag(chart.localToScreen(600, 20)).dropBy(120, 0);
        assertThat(chart.geometry().originDay())
                .isCloseTo(zoomed.originDay() - 120 / zoomed.pixelsPerDay(), within(2 / zoomed.pixelsPerDay()));
    }

    @Test
    void claimsOfAnArticleWithoutAPublicationDateAreListedApartNotPlaced(FxRobot robot) {
        Claim claim = resolvedDatedClaims().stream()
                .filter(c -> !c.valueText().matches(".*\\d{4}.*")).findFirst().orElseThrow(); // "Sunday", not "2005"
        DocumentInfo doc = window.session.index().document(claim.document()).orElseThrow();
        robot.interact(() -> window.viewModel.sources().setPublished(doc, ""));
        List<TimelineLayout.Unplaced> unplaced = window.view.timeline().unplacedList().getItems();
        assertThat(unplaced).anySatisfy(u -> {
            assertThat(u.value()).isEqualTo(claim.valueText());
            assertThat(u.reason()).startsWith("the article has no publication date");
        });
        assertThat(marks(robot)).noneMatch(r -> r.getUserData().equals(claim.id()));
    }

    @Test
    void aHiddenTimelineIsDrawnWhenItsTabIsShownAgain(FxRobot robot) {
        robot.interact(window.view::showTable);
        Claim claim = resolvedDatedClaims().stream()
                .filter(c -> !c.valueText().matches(".*\\d{4}.*")).findFirst().orElseThrow(); // "Sunday", not "2005"
        DocumentInfo doc = window.session.index().document(claim.document()).orElseThrow();
        robot.interact(() -> window.viewModel.sources().setPublished(doc, ""));
        robot.interact(window.view::showTimeline);
        assertThat(window.view.timeline().chart().layoutShown().mark(claim.id())).isEmpty();
        assertThat(window.view.timeline().unplacedList().getItems())
                .anySatisfy(u -> assertThat(u.claimId()).isEqualTo(claim.id()));
    }

    @Test
    void exportsTheWholeTimelineAsPngAndSvg(FxRobot robot) throws Exception {
        Path png = dir.resolve("timeline.png");
        Path svg = dir.resolve("timeline.svg");
        window.dialogs.files.put("png", png);
        window.dialogs.files.put("svg", svg);
        robot.clickOn("#timelinePng");
        assertThat(window.session.statusProperty().get()).isEqualTo("Saved " + png + ".");
        robot.clickOn("#timelineSvg");
        BufferedImage picture = ImageIO.read(png.toFile());
        assertThat(picture.getWidth()).isEqualTo((int) TimelineView.PICTURE_WIDTH);
        String drawing = Files.readString(svg);
        assertThat(drawing).startsWith("<svg ");
        assertThat(drawing.split("<rect x=[^>]*rx=\"3\"", -1)).hasSize(resolvedDatedClaims().size() + 1);
    }

    @Test
    void screenshotOfTheQeshmTimelineGoesIntoDocs(FxRobot robot) throws Exception {
        robot.clickOn("per fact");
        TimelineLayout layout = window.view.timeline().chart().layoutShown();
        TimelineLayout.Mark first = layout.marks().stream().filter(m -> !m.first().isBefore(layout.focus().first()))
                .findFirst().orElseThrow();
        robot.interact(() -> window.session.selectClaim(first.claimId()));
        // More room for the view than the article, as a researcher studying it would drag the divider.
        robot.interact(() -> window.view.centerSplit().setDividerPositions(0.74));
        window.screenshot(stage, Path.of("docs", "timeline-qeshm.png"));
        robot.interact(() -> window.view.timeline().savePng(Path.of("docs", "timeline-qeshm-export.png")));
        assertThat(Path.of("docs", "timeline-qeshm.png")).isNotEmptyFile();
        assertThat(Path.of("docs", "timeline-qeshm-export.png")).isNotEmptyFile();
    }
}
