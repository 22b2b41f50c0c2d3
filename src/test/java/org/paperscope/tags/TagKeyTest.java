package org.paperscope.tags;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TagKeyTest {
  @Test
  void caseHyphensSpacingAndPluralsDoNotCount() {
    assertThat(TagKey.of("Meta-Learning")).isEqualTo(TagKey.of("meta learning"));
    assertThat(TagKey.of("Graph  Neural Networks")).isEqualTo("graph neural network");
    assertThat(TagKey.of("adversarial examples")).isEqualTo("adversarial example");
    assertThat(TagKey.of("Gaussian processes")).isEqualTo("gaussian process");
    assertThat(TagKey.of("policies")).isEqualTo("policy");
    assertThat(TagKey.of("Transfer learning.")).isEqualTo("transfer learning");
  }

  @Test
  void acronymsAndTheirPluralsAreTheirLongForm() {
    String gan = "generative adversarial network";
    assertThat(TagKey.of("GAN")).isEqualTo(gan);
    assertThat(TagKey.of("GANs")).isEqualTo(gan);
    assertThat(TagKey.of("generative adversarial networks (GANs)")).isEqualTo(gan);
    assertThat(TagKey.of("Generative-Adversarial Networks")).isEqualTo(gan);
    assertThat(TagKey.of("RL")).isEqualTo(TagKey.of("Reinforcement Learning (RL)"));
    assertThat(TagKey.of("NAS")).isEqualTo("neural architecture search");
  }

  @Test
  void wordsEndingInSThatAreNotPluralsStay() {
    assertThat(TagKey.of("dynamics")).isEqualTo("dynamics");
    assertThat(TagKey.of("Robotics")).isEqualTo("robotics");
    assertThat(TagKey.of("bias")).isEqualTo("bias");
    assertThat(TagKey.of("principal component analysis")).isEqualTo("principal component analysis");
    assertThat(TagKey.of("loss")).isEqualTo("loss");
  }

  @Test
  void differentIdeasStayApart() {
    assertThat(TagKey.of("deep reinforcement learning"))
        .isNotEqualTo(TagKey.of("reinforcement learning"));
    assertThat(TagKey.of("GAN")).isNotEqualTo(TagKey.of("GNN"));
    assertThat(TagKey.of("—")).isEmpty();
  }
}
