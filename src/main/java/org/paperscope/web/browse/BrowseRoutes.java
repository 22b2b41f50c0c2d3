package org.paperscope.web.browse;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.random.RandomGenerator;
import org.paperscope.harvest.HarvestStatus;
import org.paperscope.summaries.Summaries;
import org.paperscope.web.BadParameterException;
import org.paperscope.web.LiveIndex;
import org.paperscope.web.Messages;
import org.paperscope.web.NotFoundException;
import org.paperscope.web.Snapshot;
import org.paperscope.web.Templates;
import org.paperscope.web.WebLimits;

/**
 * The pages to browse the corpus from: home ({@code /}), the tag list ({@code /tags}) and an
 * author's papers ({@code /authors/{name}}).
 *
 * <p>Thread-safe.
 */
public final class BrowseRoutes {
  private final HarvestStatus harvests;
  private final Summaries summaries;
  private final LiveIndex index;
  private final Templates templates;
  private final WebLimits limits;
  private final RandomGenerator random;
  private final Messages messages;

  /**
   * @param random picks the home page's tag suggestions
   * @param messages the words of the pages
   */
  public BrowseRoutes(
      LiveIndex index,
      Templates templates,
      WebLimits limits,
      RandomGenerator random,
      Messages messages,
      Summaries summaries,
      HarvestStatus harvests) {
    this.index = index;
    this.harvests = harvests;
    this.summaries = summaries;
    this.templates = templates;
    this.limits = limits;
    this.random = random;
    this.messages = messages;
  }

  public void home(Context ctx) throws IOException {
    try (Snapshot snapshot = index.acquire()) {
      HomePage page =
          HomePage.of(snapshot, random, messages)
              .withSummaryLanguages(summaries.languageCounts(), messages);
      templates.answer(ctx, "home", page, messages);
    }
  }

  public void tags(Context ctx) throws IOException, BadParameterException {
    TagParams params = TagParams.parse(ctx.queryParamMap(), TagsPage.PAGE_SIZE, TagsPage.MAX_LIMIT);
    try (Snapshot snapshot = index.acquire()) {
      TagsPage page =
          TagsPage.of(params, params.select(snapshot.tags()), snapshot.tagNames(), messages);
      templates.answer(ctx, "tags", page, messages);
    }
  }

  /** {@code /harvest}: what the server's scheduled harvests did last. */
  public void harvest(Context ctx) throws IOException {
    ctx.header("Cache-Control", "no-store");
    templates.answer(ctx, "harvest", HarvestPage.of(harvests.read(), messages), messages);
  }

  public void author(Context ctx) throws IOException, NotFoundException {
    try (Snapshot snapshot = index.acquire()) {
      AuthorPapers author =
          AuthorPapers.find(snapshot.searcher(), ctx.pathParam("name"), limits.maxExportSize());
      templates.answer(ctx, "author", AuthorPage.of(author, messages), messages);
    }
  }
}
