package org.paperscope.summaries;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.PostProcessor;

/**
 * Replaces every image whose source is not an https URL by its description, so a summary shows the
 * words instead of an image the policy would drop. Stateless and thread-safe.
 */
final class ImageFallback implements PostProcessor {
  @Override
  public Node process(Node document) {
    List<Image> images = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Image image) {
            images.add(image);
            visitChildren(image);
          }
        });
    for (Image image : images) {
      if (!SummaryPolicy.isHttpsUrl(image.getDestination())) {
        unwrap(image);
      }
    }
    return document;
  }

  private static void unwrap(Image image) {
    Node child = image.getFirstChild();
    while (child != null) {
      Node next = child.getNext();
      image.insertBefore(child);
      child = next;
    }
    image.unlink();
  }
}
