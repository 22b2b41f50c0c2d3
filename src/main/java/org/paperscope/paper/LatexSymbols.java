package org.paperscope.paper;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What LaTeX commands mean in Unicode: symbols with their TeX spacing class, letter styles ({@code
 * \mathbb}, {@code \mathcal}), accents, and superscript and subscript forms.
 *
 * <p>The command list covers those found in the titles and abstracts of the corpora under
 * shared/data (ICLR, NeurIPS, ICML, arXiv samples), most frequent first in each group. Stateless
 * and thread-safe.
 */
final class LatexSymbols {
  /** How TeX spaces a symbol in math: relations and binary operators get spaces around them. */
  enum Kind {
    ORDINARY,
    BINARY,
    RELATION,
    /** Large operators (∑) and function names (log): a space before a following letter. */
    OPERATOR,
    OPEN,
    CLOSE,
    PUNCTUATION
  }

  /** A command's Unicode text and spacing class. */
  record Symbol(String text, Kind kind) {}

  /** Letter styles that have Unicode forms; bold, italic and roman stay plain letters. */
  enum Style {
    PLAIN,
    DOUBLE_STRUCK,
    SCRIPT,
    FRAKTUR
  }

  private static final Map<String, Symbol> SYMBOLS = new HashMap<>();

  static {
    ordinary(
        "alpha α beta β gamma γ delta δ epsilon ε varepsilon ε zeta ζ eta η theta θ vartheta ϑ"
            + " iota ι kappa κ varkappa ϰ lambda λ mu μ nu ν xi ξ omicron ο pi π varpi ϖ rho ρ"
            + " varrho ϱ sigma σ varsigma ς tau τ upsilon υ phi φ varphi φ chi χ psi ψ omega ω"
            + " Gamma Γ Delta Δ Theta Θ Lambda Λ Xi Ξ Pi Π Sigma Σ Upsilon Υ Phi Φ Psi Ψ Omega Ω"
            + " varGamma Γ varDelta Δ varTheta Θ varLambda Λ varPi Π varSigma Σ varPhi Φ varPsi Ψ"
            + " varOmega Ω digamma ϝ eps ε ell ℓ infty ∞ infin ∞ partial ∂ nabla ∇ hbar ℏ hslash ℏ"
            + " imath ı jmath ȷ aleph ℵ beth ℶ emptyset ∅ varnothing ∅ forall ∀ exists ∃ nexists ∄"
            + " neg ¬ lnot ¬ top ⊤ bot ⊥ prime ′ angle ∠ triangle △ square □ Box □ blacksquare ■"
            + " dagger † ddagger ‡ dag † ddag ‡ S § P ¶ checkmark ✓ surd √ Re ℜ Im ℑ wp ℘ mho ℧"
            + " flat ♭ sharp ♯ natural ♮ ldots … dots … dotsc … dotso … cdots ⋯ dotsb ⋯ vdots ⋮"
            + " ddots ⋱ Bbbk 𝕜 complement ∁ degree ° copyright © pounds £ euro € # # % % & & $ $ _ _"
            + " textbar | textbackslash \\\\ backslash ∖ lbrace { rbrace } { { } } bigstar ★ clubsuit ♣"
            + " diamondsuit ♢ heartsuit ♡ spadesuit ♠ R ℝ N ℕ Z ℤ Q ℚ E 𝔼 reals ℝ Reals ℝ RR ℝ NN ℕ"
            + " ZZ ℤ EE 𝔼");
    add(
        Kind.BINARY,
        "times × cdot · cdotp · pm ± mp ∓ div ÷ ast ∗ star ⋆ circ ∘ bullet • cap ∩ cup ∪ uplus ⊎"
            + " sqcap ⊓ sqcup ⊔ vee ∨ lor ∨ wedge ∧ land ∧ setminus ∖ smallsetminus ∖ oplus ⊕"
            + " ominus ⊖ otimes ⊗ oslash ⊘ odot ⊙ bigcirc ◯ amalg ⨿ rtimes ⋊ ltimes ⋉ boxtimes ⊠"
            + " boxplus ⊞ boxminus ⊟ boxdot ⊡ triangleleft ◁ triangleright ▷ wr ≀ diamond ⋄"
            + " circledast ⊛ intercal ⊺ centerdot ·");
    add(
        Kind.RELATION,
        "leq ≤ le ≤ geq ≥ ge ≥ leqslant ⩽ geqslant ⩾ leqq ≦ geqq ≧ neq ≠ ne ≠ approx ≈ sim ∼"
            + " simeq ≃ cong ≅ equiv ≡ propto ∝ ll ≪ gg ≫ lll ⋘ ggg ⋙ lesssim ≲ gtrsim ≳ prec ≺"
            + " succ ≻ preceq ⪯ succeq ⪰ precsim ≾ subset ⊂ supset ⊃ subseteq ⊆ supseteq ⊇"
            + " subsetneq ⊊ supsetneq ⊋ sqsubset ⊏ sqsubseteq ⊑ sqsupseteq ⊒ in ∈ ni ∋ owns ∋"
            + " notin ∉ to → rightarrow → leftarrow ← gets ← Rightarrow ⇒ Leftarrow ⇐"
            + " leftrightarrow ↔ Leftrightarrow ⇔ iff ⟺ implies ⟹ impliedby ⟸ mapsto ↦"
            + " longrightarrow ⟶ longleftarrow ⟵ longmapsto ⟼ Longrightarrow ⟹ Longleftarrow ⟸"
            + " longleftrightarrow ⟷ Longleftrightarrow ⟺ hookrightarrow ↪ hookleftarrow ↩"
            + " rightharpoonup ⇀ uparrow ↑ downarrow ↓ updownarrow ↕ Uparrow ⇑ Downarrow ⇓"
            + " nearrow ↗ searrow ↘ nwarrow ↖ swarrow ↙ rightleftharpoons ⇌ leadsto ⇝"
            + " twoheadrightarrow ↠ rightsquigarrow ⇝ mid ∣ nmid ∤ parallel ∥ nparallel ∦ perp ⊥"
            + " vdash ⊢ dashv ⊣ models ⊨ vDash ⊨ asymp ≍ doteq ≐ triangleq ≜ coloneqq ≔ coloneq ≔"
            + " eqqcolon ≕ approxeq ≊ bowtie ⋈ Join ⋈ smile ⌣ frown ⌢ nleq ≰ ngeq ≱ nsim ≁"
            + " ncong ≇ nless ≮ ngtr ≯ lessgtr ≶ gtrless ≷ varpropto ∝ therefore ∴"
            + " because ∵ vartriangleleft ⊲ unlhd ⊴ trianglelefteq ⊴ eqsim ≂ backsim ∽ risingdotseq ≓"
            + " circeq ≗ bumpeq ≏ Bumpeq ≎ lneq ⪇ gneq ⪈ lvertneqq ≨ nsubseteq ⊈ nsupseteq ⊉"
            + " succsim ≿ nleqslant ≰ ngeqslant ≱ nleqq ≰ ngeqq ≱");
    add(
        Kind.OPERATOR,
        "sum ∑ prod ∏ coprod ∐ int ∫ iint ∬ iiint ∭ oint ∮ bigcup ⋃ bigcap ⋂ bigoplus ⨁"
            + " bigotimes ⨂ bigodot ⨀ bigvee ⋁ bigwedge ⋀ bigsqcup ⨆ biguplus ⨄");
    add(
        Kind.OPEN,
        "langle ⟨ lceil ⌈ lfloor ⌊ lvert | lVert ‖ lbrack [ llbracket ⟦ lgroup ⟮ ulcorner ⌜");
    add(
        Kind.CLOSE,
        "rangle ⟩ rceil ⌉ rfloor ⌋ rvert | rVert ‖ rbrack ] rrbracket ⟧ rgroup ⟯ urcorner ⌝");
    add(Kind.ORDINARY, "vert | Vert ‖ | ‖");
    add(Kind.PUNCTUATION, "colon : ldotp .");
    for (String name :
        ("log ln lg exp sin cos tan sec csc cot arcsin arccos arctan sinh cosh tanh coth min max"
                + " sup inf lim arg det dim ker deg gcd lcm hom Pr argmin argmax tr Tr rank diag sgn"
                + " sign poly polylog Var Cov softmax erf vol supp dist conv mod bmod")
            .split(" ")) {
      SYMBOLS.put(name, new Symbol(name, Kind.OPERATOR));
    }
    SYMBOLS.put("liminf", new Symbol("lim inf", Kind.OPERATOR));
    SYMBOLS.put("limsup", new Symbol("lim sup", Kind.OPERATOR));
    SYMBOLS.put("pmod", new Symbol("mod", Kind.OPERATOR));
  }

  /** Spacing commands and their width: a space, or nothing for negative space. */
  private static final Map<String, String> SPACES =
      Map.ofEntries(
          Map.entry(",", " "),
          Map.entry(";", " "),
          Map.entry(":", " "),
          Map.entry(">", " "),
          Map.entry(" ", " "),
          Map.entry("quad", " "),
          Map.entry("qquad", " "),
          Map.entry("enspace", " "),
          Map.entry("thinspace", " "),
          Map.entry("medspace", " "),
          Map.entry("thickspace", " "),
          Map.entry("space", " "),
          Map.entry("nobreakspace", " "),
          Map.entry("!", ""),
          Map.entry("negthinspace", ""),
          Map.entry("negmedspace", ""),
          Map.entry("negthickspace", ""),
          Map.entry("/", ""),
          Map.entry("-", ""),
          Map.entry("@", ""));

  /** Commands that only size, space or style what follows, and mean nothing in plain text. */
  private static final Set<String> IGNORED =
      words(
          "left right middle big Big bigg Bigg bigl bigr Bigl Bigr biggl biggr"
              + " Biggl Biggr bigm Bigm displaystyle textstyle scriptstyle"
              + " scriptscriptstyle limits nolimits nonumber notag mathstrut strut"
              + " boldmath unboldmath relax ensuremath mathop mathrel mathbin mathord"
              + " protect substack hfill noindent centering normalsize small"
              + " footnotesize scriptsize tiny large Large LARGE huge Huge");

  /** Commands whose one argument is not shown. */
  private static final Set<String> HIDDEN_ARGUMENT =
      words(
          "label tag vspace hspace phantom hphantom vphantom color begin end"
              + " bibliographystyle nocite");

  private static final Map<String, Style> STYLES = new HashMap<>();

  static {
    for (String name : "mathbb Bbb mathds mathbbm bbold".split(" ")) {
      STYLES.put(name, Style.DOUBLE_STRUCK);
    }
    for (String name : "mathcal cal mathscr scr".split(" ")) {
      STYLES.put(name, Style.SCRIPT);
    }
    for (String name : "mathfrak frak".split(" ")) {
      STYLES.put(name, Style.FRAKTUR);
    }
    for (String name :
        ("mathbf bf boldsymbol bm pmb bold mathbold mathrm rm mathit it mathsf sf mathtt tt"
                + " mathnormal mathsl sl mathup mathbfit bfit em")
            .split(" ")) {
      STYLES.put(name, Style.PLAIN);
    }
  }

  /** Commands whose argument is text, not math, inside math. */
  private static final Set<String> TEXT_ARGUMENT =
      words(
          "text textrm textit textbf textsf texttt textup textnormal textsl"
              + " textsc emph mbox hbox fbox textmd");

  /** Accent commands and the combining mark each puts on every letter of its argument. */
  private static final Map<String, Character> ACCENTS =
      Map.ofEntries(
          Map.entry("hat", '\u0302'),
          Map.entry("widehat", '\u0302'),
          Map.entry("tilde", '\u0303'),
          Map.entry("widetilde", '\u0303'),
          Map.entry("bar", '\u0304'),
          Map.entry("overline", '\u0305'),
          Map.entry("vec", '\u20D7'),
          Map.entry("overrightarrow", '\u20D7'),
          Map.entry("dot", '\u0307'),
          Map.entry("ddot", '\u0308'),
          Map.entry("breve", '\u0306'),
          Map.entry("check", '\u030C'),
          Map.entry("acute", '\u0301'),
          Map.entry("grave", '\u0300'),
          Map.entry("mathring", '\u030A'),
          Map.entry("underline", '\u0332'),
          Map.entry("underbar", '\u0332'));

  private static final String SUPERSCRIPT_FROM =
      "0123456789+-−=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVWαβγδεθιφχ∘⊤′″*∗†‡";
  private static final String SUPERSCRIPT_TO =
      "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂᵅᵝᵞᵟᵋᶿᶥᵠᵡ°ᵀ′″**†‡";
  private static final String SUBSCRIPT_FROM = "0123456789+-−=()aehijklmnoprstuvxβγρφχ";
  private static final String SUBSCRIPT_TO = "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓᵦᵧᵨᵩᵪ";

  private LatexSymbols() {}

  /** The set of the space-separated words. */
  static Set<String> words(String words) {
    return Set.of(words.split(" "));
  }

  private static void ordinary(String pairs) {
    add(Kind.ORDINARY, pairs);
  }

  private static void add(Kind kind, String pairs) {
    String[] words = pairs.split(" ");
    for (int i = 0; i + 1 < words.length; i += 2) {
      SYMBOLS.put(words[i], new Symbol(words[i + 1], kind));
    }
  }

  /** The symbol a command stands for, or null. */
  static Symbol symbol(String name) {
    return SYMBOLS.get(name);
  }

  /** The width a spacing command leaves (" " or ""), or null when it is no spacing command. */
  static String space(String name) {
    return SPACES.get(name);
  }

  static boolean isIgnored(String name) {
    return IGNORED.contains(name);
  }

  static boolean hidesArgument(String name) {
    return HIDDEN_ARGUMENT.contains(name);
  }

  /** The letter style a command sets, or null when it sets none. */
  static Style style(String name) {
    return STYLES.get(name);
  }

  static boolean takesText(String name) {
    return TEXT_ARGUMENT.contains(name);
  }

  /** The combining mark an accent command adds, or null when it is no accent. */
  static Character accent(String name) {
    return ACCENTS.get(name);
  }

  /** How many arguments a command that this class knows takes; -1 for unknown commands. */
  static int arity(String name) {
    if (SYMBOLS.containsKey(name) || SPACES.containsKey(name) || IGNORED.contains(name)) {
      return 0;
    }
    if (STYLES.containsKey(name)
        || TEXT_ARGUMENT.contains(name)
        || ACCENTS.containsKey(name)
        || HIDDEN_ARGUMENT.contains(name)
        || name.equals("sqrt")
        || name.equals("operatorname")
        || name.equals("not")) {
      return 1;
    }
    return switch (name) {
      case "frac", "dfrac", "tfrac", "cfrac", "binom", "dbinom", "tbinom", "textcolor" -> 2;
      default -> -1;
    };
  }

  /** The text in superscript letters, or null when one of its characters has none. */
  static String superscript(String text) {
    return map(text, SUPERSCRIPT_FROM, SUPERSCRIPT_TO);
  }

  /** The text in subscript letters, or null when one of its characters has none. */
  static String subscript(String text) {
    return map(text, SUBSCRIPT_FROM, SUBSCRIPT_TO);
  }

  private static String map(String text, String from, String to) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      int at = from.indexOf(text.charAt(i));
      if (at < 0) {
        return null;
      }
      out.append(to.charAt(at));
    }
    return out.toString();
  }

  /** True for a superscript or subscript form this class writes (², ₊, ᵢ). */
  static boolean isScript(int c) {
    return c < 0x10000
        && (SUPERSCRIPT_TO.indexOf(c) >= 0 || SUBSCRIPT_TO.indexOf(c) >= 0)
        && SUPERSCRIPT_FROM.indexOf(c) < 0;
  }

  /** The letters and digits of {@code text} in a style; other characters are kept. */
  static String styled(Style style, String text) {
    if (style == Style.PLAIN) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() * 2);
    text.codePoints().forEach(c -> out.appendCodePoint(styled(style, c)));
    return out.toString();
  }

  private static int styled(Style style, int c) {
    boolean upper = c >= 'A' && c <= 'Z';
    boolean lower = c >= 'a' && c <= 'z';
    boolean digit = c >= '0' && c <= '9';
    if (!upper && !lower && !digit) {
      return c;
    }
    // Unicode left holes in the Mathematical Alphanumeric Symbols block where the letterlike block
    // (U+2100) already had the letter; those are listed first.
    return switch (style) {
      case DOUBLE_STRUCK ->
          hole(c, "CHNPQRZ", "ℂℍℕℙℚℝℤ", upper ? 0x1D538 : lower ? 0x1D552 : 0x1D7D8, digit);
      case SCRIPT ->
          digit ? c : hole(c, "BEFHILMRego", "ℬℰℱℋℐℒℳℛℯℊℴ", upper ? 0x1D49C : 0x1D4B6, false);
      case FRAKTUR -> digit ? c : hole(c, "CHIRZ", "ℭℌℑℜℨ", upper ? 0x1D504 : 0x1D51E, false);
      case PLAIN -> c;
    };
  }

  private static int hole(int c, String letters, String forms, int base, boolean digit) {
    int at = letters.indexOf(c);
    if (at >= 0) {
      return forms.codePointAt(forms.offsetByCodePoints(0, at));
    }
    int offset = digit ? c - '0' : Character.isUpperCase(c) ? c - 'A' : c - 'a';
    return base + offset;
  }
}
