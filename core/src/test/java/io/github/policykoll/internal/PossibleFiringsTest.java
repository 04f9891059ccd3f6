package io.github.policykoll.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policykoll.Post;
import io.github.policykoll.facts.Credit;
import io.github.policykoll.facts.Email;
import io.github.policykoll.facts.Hashtag;
import io.github.policykoll.facts.Link;
import io.github.policykoll.facts.PostInfo;
import io.github.policykoll.facts.Referent;
import io.github.policykoll.facts.Sentence;
import io.github.policykoll.facts.Term;
import io.github.policykoll.facts.ToneStats;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.drools.base.base.ValueResolver;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * The look-ahead says that no rule can fire only when none can: each case is checked against the engine itself,
 * which must fire no rule on the facts the look-ahead lets by, and fire where it says a rule can.
 */
class PossibleFiringsTest {
    private record Pack(PossibleFirings possible, KieBase kieBase) {
        /**
         * The look-ahead's answer, after checking it against the engine when it says no rule can fire: no rule
         * that reports findings (not {@code @classification}) fires then.
         */
        boolean any(Object... facts) {
            boolean any;
            KieSession session = kieBase.newKieSession();
            try {
                any = possible.any(List.of(facts), (ValueResolver) session);
            } finally {
                session.dispose();
            }
            if (!any) {
                assertThat(run(facts)[1]).as("firings where the look-ahead says none can fire").isZero();
            }
            return any;
        }

        /** The engine's own count of firings on these facts. */
        int fired(Object... facts) {
            return run(facts)[0];
        }

        /** The firings of every rule and of the rules that report findings, in a fresh session. */
        private int[] run(Object... facts) {
            KieSession session = kieBase.newKieSession();
            try {
                int[] reporting = new int[1];
                session.addEventListener(new DefaultAgendaEventListener() {
                    @Override
                    public void afterMatchFired(AfterMatchFiredEvent event) {
                        if (!event.getMatch().getRule().getMetaData().containsKey("classification")) {
                            reporting[0]++;
                        }
                    }
                });
                for (Object f : facts) {
                    session.insert(f);
                }
                return new int[] {session.fireAllRules(), reporting[0]};
            } finally {
                session.dispose();
            }
        }
    }

    private static Pack of(String rules) {
        KieBase kieBase = kieBase(rules);
        return new Pack(PossibleFirings.of(kieBase), kieBase);
    }

    /** A KieBase of {@code rules} (DRL after the package line and the import of the fact classes), built classically. */
    private static KieBase kieBase(String rules) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        builder.add(ResourceFactory.newByteArrayResource(("package t;\nimport io.github.policykoll.facts.*;\n" + rules)
                .getBytes(StandardCharsets.UTF_8)), ResourceType.DRL);
        assertThat(builder.getErrors()).isEmpty();
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(builder.getKnowledgePackages());
        return kieBase;
    }

    private static Term term(String list, int sentence) {
        return new Term(list, "e", 0, 1, "e", "e", sentence, false, false);
    }

    private static Referent referent(String kind, int sentence) {
        return new Referent(0, 1, "e", sentence, kind);
    }

    private static PostInfo info(Post.Kind kind, boolean commentsEnabled) {
        return new PostInfo(Post.builder("text").kind(kind).commentsEnabled(commentsEnabled).build());
    }

    @Test
    void aRuleNeedsAFactThatPassesItsConstraintsOnTheFactAlone() {
        Pack p = of("rule \"a\" when Term( list == \"x\" ) then end\n");
        assertThat(p.any()).isFalse();
        assertThat(p.any(term("y", 0), referent("person", 0))).isFalse();
        assertThat(p.any(term("y", 0), term("x", 3))).isTrue();
    }

    @Test
    void inTheExecutableModelAFactThatJoinsNothingIsNotInserted() {
        // rule "a": Term( list == "x", $s : sentence ), not Term( list == "y", sentence == $s ), in the executable
        // model (as a precompiled pack has it): a "y" word counts only in a sentence with an "x" word
        org.drools.model.Variable<Term> x = org.drools.model.DSL.declarationOf(Term.class);
        org.drools.model.Variable<Term> y = org.drools.model.DSL.declarationOf(Term.class);
        org.drools.model.Variable<Integer> s = org.drools.model.DSL.declarationOf(Integer.class);
        org.drools.model.Rule rule = org.drools.model.PatternDSL.rule("t", "a").build(
                org.drools.model.PatternDSL.pattern(x)
                        .expr("x", t -> t.getList().equals("x"), org.drools.model.PatternDSL.alphaIndexedBy(
                                String.class, org.drools.model.Index.ConstraintType.EQUAL, 1, Term::getList, "x"))
                        .bind(s, Term::getSentence),
                org.drools.model.DSL.not(org.drools.model.PatternDSL.pattern(y)
                        .expr("y", t -> t.getList().equals("y"), org.drools.model.PatternDSL.alphaIndexedBy(
                                String.class, org.drools.model.Index.ConstraintType.EQUAL, 2, Term::getList, "y"))
                        .expr("s", s, (t, v) -> t.getSentence() == v, org.drools.model.PatternDSL.betaIndexedBy(
                                int.class, org.drools.model.Index.ConstraintType.EQUAL, 3, Term::getSentence,
                                v -> v))),
                org.drools.model.DSL.execute(() -> { }));
        KieBase kieBase = org.drools.modelcompiler.KieBaseBuilder.createKieBaseFromModel(
                new org.drools.model.impl.ModelImpl().addRule(rule));
        Pack p = new Pack(PossibleFirings.of(kieBase), kieBase);
        Term x0 = term("x", 0);
        Term y0 = term("y", 0);
        Term y1 = term("y", 1);
        Term x2 = term("x", 2);
        // y1 is in a sentence without an "x": it can block nothing, and the engine fires the same without it
        assertThat(p.possible().look(List.of(x0, y0, y1, x2), null)).containsExactly(x0, y0, x2);
        assertThat(p.fired(x0, y0, x2)).isEqualTo(p.fired(x0, y0, y1, x2)).isEqualTo(1);
        assertThat(p.possible().look(List.of(x0, y1), null)).containsExactly(x0);
        assertThat(p.fired(x0)).isEqualTo(p.fired(x0, y1)).isEqualTo(1);
    }

    @Test
    void joinsAreLeftToTheEngine() {
        Pack p = of("""
                rule "a" when
                    Term( list == "x", $s : sentence )
                    Referent( sentence == $s, kind == "person" )
                then end
                """);
        // both needs are met, each by a fact of its own: the engine decides on the join (and fires nothing)
        assertThat(p.any(term("x", 0), referent("person", 1))).isTrue();
        assertThat(p.fired(term("x", 0), referent("person", 1))).isZero();
        assertThat(p.any(term("x", 0), referent("grupp", 0))).isFalse();
        assertThat(p.any(term("x", 0), referent("person", 0))).isTrue();
    }

    @Test
    void aPatternUnderExistsIsNeededAndOneUnderNotIsNot() {
        Pack p = of("""
                rule "a" when
                    Term( list == "x" )
                    exists Referent( kind == "person" )
                    not Link( )
                then end
                """);
        assertThat(p.any(term("x", 0))).isFalse();
        assertThat(p.any(term("x", 0), referent("person", 0))).isTrue();
        Link link = new Link("https://a.se", "a.se", 0, 1, true, false);
        // the not is left to the engine: it keeps the rule from firing
        assertThat(p.any(term("x", 0), referent("person", 0), link)).isTrue();
        assertThat(p.fired(term("x", 0), referent("person", 0), link)).isZero();
    }

    @Test
    void aRuleThatNeedsNoFactSendsEveryPostToTheEngine() {
        for (String rule : List.of(
                "rule \"only not\" when not Term( list == \"x\" ) then end",
                "rule \"or\" when Term( list == \"x\" ) or ( Referent( ) and Link( ) ) then end",
                "rule \"accumulate\" when accumulate( Link( ); $n : count( ); $n == 0 ) then end",
                "rule \"eval\" when eval( true ) then end")) {
            Pack p = of("rule \"other\" when Term( list == \"z\" ) then end\n" + rule + "\n");
            assertThat(p.any(referent("grupp", 0))).as(rule).isTrue();
            assertThat(p.any()).as(rule).isTrue();
        }
        // and the engine does fire them on no fact at all
        assertThat(of("rule \"a\" when not Term( ) then end\n").fired()).isEqualTo(1);
        assertThat(of("rule \"a\" when accumulate( Link( ); $n : count( ); $n == 0 ) then end\n").fired())
                .isEqualTo(1);
    }

    @Test
    void anOrOfPatternsNeedsOneOfThem() {
        for (String rule : List.of(
                "rule \"a\" when Term( list == \"x\" ) or Referent( kind == \"person\" ) then end",
                "rule \"a\" when exists ( Term( list == \"x\" ) or Referent( kind == \"person\" ) ) then end",
                "rule \"a\" when PostInfo( ) ( Term( list == \"x\" ) or exists Referent( kind == \"person\" ) ) then end")) {
            Pack p = of(rule + "\n");
            Object info = info(Post.Kind.POST, true);
            assertThat(p.any(info)).as(rule).isFalse();
            assertThat(p.any(info, term("y", 0), referent("grupp", 0))).as(rule).isFalse();
            assertThat(p.any(info, term("x", 0))).as(rule).isTrue();
            assertThat(p.fired(info, term("x", 0))).as(rule).isEqualTo(1);
            assertThat(p.any(info, referent("person", 2))).as(rule).isTrue();
            assertThat(p.fired(info, referent("person", 2))).as(rule).isEqualTo(1);
        }
    }

    @Test
    void aChoiceIsMetByAFactOrByAMarkThatARuleCanInsert() {
        Pack p = of("""
                declare Bad
                    sentence : int
                end
                rule "bad" @classification("Bad") when Term( list == "b", $s : sentence ) then insert( new Bad( $s ) ); end
                rule "report" when
                    Term( list == "y", $s : sentence )
                    exists ( Bad( sentence == $s ) or Term( list == "e", sentence == $s ) )
                then end
                """);
        assertThat(p.any(term("y", 0))).isFalse();
        assertThat(p.any(term("y", 0), referent("person", 0), term("z", 0))).isFalse();
        assertThat(p.any(term("b", 0))).isFalse();
        assertThat(p.any(term("y", 0), term("e", 0))).isTrue();
        assertThat(p.fired(term("y", 0), term("e", 0))).isEqualTo(1);
        assertThat(p.any(term("y", 0), term("b", 0))).isTrue();
        assertThat(p.fired(term("y", 0), term("b", 0))).isEqualTo(2);
        // the join on the sentence is left to the engine
        assertThat(p.any(term("y", 0), term("b", 1))).isTrue();
        assertThat(p.fired(term("y", 0), term("b", 1))).isEqualTo(1);
    }

    @Test
    void aChoiceThatAHitOrAnythingButPatternsMayMeetIsNotAskedFor() {
        for (String rule : List.of(
                "rule \"hit\" when Term( list == \"y\" ) exists ( Hit( ) or Term( list == \"e\" ) ) then end",
                "rule \"and\" when Term( list == \"y\" ) exists ( Term( list == \"e\" ) or ( Link( ) and PostInfo( ) ) ) then end",
                "rule \"not\" when Term( list == \"y\" ) ( Term( list == \"e\" ) or not Link( ) ) then end")) {
            Pack p = of(rule + "\n");
            assertThat(p.any(term("y", 0))).as(rule).isTrue();
            assertThat(p.any(term("z", 0))).as(rule).isFalse();
        }
        // the engine fires the last one on the term alone
        assertThat(of("rule \"not\" when Term( list == \"y\" ) ( Term( list == \"e\" ) or not Link( ) ) then end\n")
                .fired(term("y", 0))).isEqualTo(1);
    }

    @Test
    void aNeedLookedAtForAnotherRulesChoiceStillCountsForTheRulesThatNeedIt() {
        // "first" is asked first (its need on "a" comes first): it looks at "b" for its choice and is not live;
        // "second" needs "b" and "c" and fires, and must be asked although "b" has been looked at already
        Pack p = of("""
                rule "first" when
                    Term( list == "a" )
                    exists ( Term( list == "b" ) or Term( list == "q" ) )
                    exists ( Term( list == "d" ) or Term( list == "e" ) )
                then end
                rule "second" when
                    Term( list == "b" )
                    Term( list == "c" )
                then end
                """);
        assertThat(p.any(term("a", 0), term("b", 0), term("c", 0))).isTrue();
        assertThat(p.fired(term("a", 0), term("b", 0), term("c", 0))).isEqualTo(1);
        assertThat(p.any(term("a", 0), term("b", 0))).isFalse();
    }

    @Test
    void factsThatRulesInsertComeOnlyFromAFiring() {
        Pack p = of("""
                declare Mark
                    sentence : int
                end
                rule "mark" @classification when Term( list == "x", $s : sentence ) then insert( new Mark( $s ) ); end
                rule "use" when Mark( ) Referent( ) then end
                """);
        // "use" needs a mark, which only "mark" can insert, and "mark" needs a term of the list x
        assertThat(p.any(referent("person", 0))).isFalse();
        assertThat(p.any(term("z", 0))).isFalse();
        assertThat(p.any(term("x", 0), referent("person", 0))).isTrue();
        assertThat(p.fired(term("x", 0), referent("person", 0))).isEqualTo(2);
        // a rule that needs only what rules insert: then every rule counts, as the first to fire
        Pack marksOnly = of("""
                declare Mark
                    sentence : int
                end
                rule "mark" @classification when Term( list == "x", $s : sentence ) then insert( new Mark( $s ) ); end
                rule "use" when Mark( ) then end
                """);
        assertThat(marksOnly.any(referent("person", 0))).isFalse();
        assertThat(marksOnly.any(term("x", 0))).isTrue();
        assertThat(marksOnly.fired(term("x", 0))).isEqualTo(2);
    }

    @Test
    void classificationRulesAreLeftOutAndTheirMarksAreThereOnlyWhenOneCanFire() {
        Pack p = of("""
                declare Mark
                    sentence : int
                end
                rule "mark" @classification when Term( list == "x", $s : sentence ) then insert( new Mark( $s ) ); end
                rule "report" when Term( list == "y", $s : sentence ) exists Mark( sentence == $s ) then end
                rule "report too" when Mark( ) Referent( kind == "person" ) then end
                """);
        // only the classification rule can fire: the post has no findings
        assertThat(p.any(term("x", 0))).isFalse();
        assertThat(p.fired(term("x", 0))).isEqualTo(1);
        assertThat(p.any(term("x", 0), term("y", 0))).isTrue();
        assertThat(p.fired(term("x", 0), term("y", 0))).isEqualTo(2);
        assertThat(p.any(term("x", 0), referent("person", 2))).isTrue();
        // no rule that can insert a mark can fire, so neither can a rule that needs one
        assertThat(p.any(term("y", 0))).isFalse();
        assertThat(p.any(term("y", 0), referent("person", 0))).isFalse();
    }

    @Test
    void aMarkComesOnlyFromTheRulesThatNameIt() {
        Pack p = of("""
                declare Near
                    sentence : int
                end
                declare Far
                    sentence : int
                end
                declare Both
                    sentence : int
                end
                rule "near" @classification("Near") when Term( list == "n", $s : sentence ) then insert( new Near( $s ) ); end
                rule "far" @classification("Far") when Term( list == "f", $s : sentence ) then insert( new Far( $s ) ); end
                rule "both" @classification("Both") when Near( $s : sentence ) Far( sentence == $s )
                    then insert( new Both( $s ) ); end
                rule "report near" when Term( list == "y", $s : sentence ) exists Near( sentence == $s ) then end
                rule "report both" when Term( list == "z", $s : sentence ) exists Both( sentence == $s ) then end
                """);
        // "far" can fire, but it inserts no Near
        assertThat(p.any(term("y", 0), term("f", 0))).isFalse();
        assertThat(p.any(term("y", 0), term("n", 0))).isTrue();
        assertThat(p.fired(term("y", 0), term("n", 0))).isEqualTo(2);
        // Both needs Near and Far, each from its own rule: a chain of marks
        assertThat(p.any(term("z", 0), term("n", 0))).isFalse();
        assertThat(p.any(term("z", 0), term("f", 0))).isFalse();
        assertThat(p.any(term("z", 0), term("n", 0), term("f", 0))).isTrue();
        assertThat(p.fired(term("z", 0), term("n", 0), term("f", 0))).isEqualTo(4);
        // a classification rule that names no mark may insert any
        Pack any = of("""
                declare Near sentence : int end
                rule "near" @classification("Near") when Term( list == "n", $s : sentence ) then insert( new Near( $s ) ); end
                rule "some mark" @classification when Term( list == "f", $s : sentence ) then insert( new Near( $s ) ); end
                rule "report near" when Term( list == "y", $s : sentence ) exists Near( sentence == $s ) then end
                """);
        assertThat(any.any(term("y", 0), term("f", 0))).isTrue();
        assertThat(any.fired(term("y", 0), term("f", 0))).isEqualTo(2);
    }

    @Test
    void aMarkOfASubclassComesFromARuleThatNamesItsSuperclass() {
        Pack p = of("""
                declare Mark
                    sentence : int
                end
                declare Special extends Mark
                end
                rule "special" @classification("Mark") when Term( list == "x", $s : sentence )
                    then insert( new Special( $s ) ); end
                rule "report" when Term( list == "y", $s : sentence ) exists Special( sentence == $s ) then end
                """);
        assertThat(p.any(term("y", 0))).isFalse();
        assertThat(p.any(term("y", 0), term("x", 0))).isTrue();
        assertThat(p.fired(term("y", 0), term("x", 0))).isEqualTo(2);
    }

    @Test
    void theNamesOfAClassificationAreResolvedToTheDeclaredTypes() {
        Pack p = markedAs("Mark, Nothing");
        Rule mark = p.kieBase().getRule("t", "mark");
        assertThat(p.possible().unknownMarks(mark)).containsExactly("Nothing");
        assertThat(p.possible().marksOf(mark)).isNull(); // a name it cannot tell: it may insert any mark
        assertThat(p.any(term("y", 0), term("x", 0))).isTrue();
        Pack named = markedAs("Mark");
        Rule rule = named.kieBase().getRule("t", "mark");
        assertThat(named.possible().unknownMarks(rule)).isEmpty();
        assertThat(named.possible().marksOf(rule)).extracting(Class::getSimpleName).containsExactly("Mark");
        // a declared type that no pattern names is found among the pack's declared types
        Pack unused = of("declare Mark\nend\ndeclare Unused\nend\n"
                + "rule \"mark\" @classification(\"Unused\") when Term( list == \"x\" ) then insert( new Unused( ) ); end\n"
                + "rule \"use\" when Term( list == \"y\" ) exists Mark( ) then end\n");
        Rule marksUnused = unused.kieBase().getRule("t", "mark");
        assertThat(unused.possible().unknownMarks(marksUnused)).isEmpty();
        assertThat(unused.possible().marksOf(marksUnused)).extracting(Class::getSimpleName).containsExactly("Unused");
        assertThat(unused.any(term("y", 0), term("x", 0))).isFalse(); // Unused is no Mark
    }

    @Test
    void aNameIsATypeOfTheRulesOwnPackageFirst() {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (String drl : List.of("""
                package t;
                import io.github.policykoll.facts.*;
                declare Mark end
                rule "mark" @classification("Mark") when Term( list == "x" ) then insert( new Mark( ) ); end
                rule "use" when Term( list == "y" ) exists Mark( ) then end
                """, """
                package u;
                import io.github.policykoll.facts.*;
                declare Mark end
                rule "other" when Term( list == "z" ) exists Mark( ) then end
                rule "either" @classification("Mark") when Term( list == "w" ) then insert( new Mark( ) ); end
                """)) {
            builder.add(ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8)), ResourceType.DRL);
        }
        assertThat(builder.getErrors()).isEmpty();
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(builder.getKnowledgePackages());
        Pack p = new Pack(PossibleFirings.of(kieBase), kieBase);
        assertThat(p.possible().marksOf(kieBase.getRule("t", "mark"))).extracting(Class::getName)
                .containsExactly("t.Mark");
        assertThat(p.possible().marksOf(kieBase.getRule("u", "either"))).extracting(Class::getName)
                .containsExactly("u.Mark");
        // u.Mark comes only from "either", which needs a term of w: "mark" inserts t.Mark
        assertThat(p.any(term("z", 0), term("x", 0))).isFalse();
        assertThat(p.any(term("z", 0), term("w", 0))).isTrue();
        assertThat(p.any(term("y", 0), term("x", 0))).isTrue();
    }

    /** A rule that inserts a Mark and says {@code @classification("names")}, and a rule that needs the mark. */
    private static Pack markedAs(String names) {
        return of("declare Mark\nend\n"
                + "rule \"mark\" @classification(\"" + names + "\") when Term( list == \"x\" ) then insert( new Mark( ) ); end\n"
                + "rule \"use\" when Term( list == \"y\" ) exists Mark( ) then end\n");
    }

    @Test
    void aPatternOnASuperclassIsMetByItsSubclasses() {
        Pack p = of("rule \"a\" when TextFact( text == \"e\" ) then end\n");
        assertThat(p.any(new Credit(0, 1, "e"))).isTrue();
        assertThat(p.any(new Credit(0, 1, "f"))).isFalse();
        assertThat(p.any(info(Post.Kind.POST, true))).isFalse();
    }

    @Test
    void equalitiesOnTextsAndTruthValuesAreLookedUpAndTheRestEvaluated() {
        Pack p = of("""
                rule "a" when PostInfo( commentsEnabled == false, kind == "reply" ) then end
                rule "b" when Term( list == "x", sentence > 2 ) then end
                rule "c" when Term( list in ("y", "z") ) then end
                """);
        assertThat(p.any(info(Post.Kind.REPLY, true), term("x", 1))).isFalse();
        assertThat(p.any(info(Post.Kind.POST, false), term("x", 1))).isFalse();
        assertThat(p.any(info(Post.Kind.REPLY, false))).isTrue();
        assertThat(p.any(info(Post.Kind.POST, true), term("x", 3))).isTrue();
        assertThat(p.any(info(Post.Kind.POST, true), term("z", 0))).isTrue();
    }

    @Test
    void staysRightOnceTheEngineHasCompiledTheConstraints() {
        // the classic DRL build interprets a constraint at first and compiles it after some evaluations
        Pack p = of("""
                rule "a" when Term( list == "x", sentence > 2 ) then end
                rule "b" when PostInfo( commentsEnabled == false, text.length() > 3 ) then end
                """);
        for (int i = 0; i < 200; i++) {
            assertThat(p.any(term("x", i % 3), info(Post.Kind.POST, true))).as("round " + i).isFalse();
            assertThat(p.any(term("x", 3 + i), info(Post.Kind.POST, true))).as("round " + i).isTrue();
            assertThat(p.any(info(Post.Kind.POST, false))).as("round " + i).isTrue();
        }
    }

    @Test
    void aConstraintThatFailsSendsThePostToTheEngine() {
        Pack p = of("rule \"a\" when Term( text.substring(5) == \"x\" ) then end\n");
        assertThat(p.possible().any(List.of(term("x", 0)), null)).isTrue();
    }

    @Test
    void onlyFactsThatPassAPatternOfARuleThatCanFireAreInserted() {
        Pack p = of("""
                rule "a" when
                    $t : Term( list == "x", $s : sentence )
                    not Referent( sentence == $s, kind == "grupp" )
                then end
                rule "b" when
                    PostInfo( commentsEnabled == false )
                    Term( $s : sentence )
                    exists Referent( kind == "person", sentence == $s )
                then end
                """);
        Term x = term("x", 0);
        Term y = term("y", 0);
        Referent grupp = referent("grupp", 0);
        Referent person = referent("person", 0);
        PostInfo on = info(Post.Kind.POST, true);
        PostInfo off = info(Post.Kind.POST, false);
        // "b" cannot fire with comments on: a y and a person are of no use to "a"
        assertThat(p.possible().look(List.of(on, x, y, grupp, person), null)).containsExactly(x, grupp);
        // with comments off, "b" can fire: every term and the person are of use to it, the PostInfo too
        assertThat(p.possible().look(List.of(off, x, y, grupp, person), null))
                .containsExactly(off, x, y, grupp, person);
        assertThat(p.possible().look(List.of(on, y, grupp, person), null)).isNull();
        // and the engine gives the same answer with the facts left out
        assertThat(p.fired(x, grupp)).isEqualTo(p.fired(on, x, y, grupp, person)).isZero();
        assertThat(p.fired(x)).isEqualTo(p.fired(on, x, y, person)).isEqualTo(1);
    }

    @Test
    void factsOfAClassNoPatternNamesAreLeftOut() {
        // patterns inside not, exists and accumulate count
        Pack p = of("""
                rule "a" when Term( list == "x" ) then end
                rule "b" when PostInfo( ) not Sentence( ) exists Referent( ) then end
                rule "c" when accumulate( Link( ); $n : count( ) ) then end
                """);
        Term x = term("x", 0);
        PostInfo info = info(Post.Kind.POST, true);
        Sentence sentence = new Sentence(0, 0, 1, "e", false, 0);
        Referent referent = referent("person", 0);
        Link link = new Link("https://a.se", "a.se", 0, 1, true, false);
        List<Object> kept = List.of(x, info, sentence, referent, link);
        List<Object> left = List.of(new ToneStats(1, 1, 0, 0, 0, 0), new Email(0, 1, "e", "a.se"),
                new Hashtag(0, 1, "e", "e"), new Credit(0, 1, "e"));
        List<Object> facts = new ArrayList<>(kept);
        facts.addAll(left);
        assertThat(p.possible().look(facts, null)).containsExactlyElementsOf(kept);
    }

    @Test
    void aPatternOnASuperclassKeepsItsSubclasses() {
        Pack p = of("rule \"a\" when TextFact( ) then end\n");
        Credit credit = new Credit(0, 1, "e");
        Email email = new Email(0, 1, "e", "a.se");
        assertThat(p.possible().look(List.of(credit, email, info(Post.Kind.POST, true)), null))
                .containsExactly(credit, email);
        ToneStats tone = new ToneStats(1, 1, 0, 0, 0, 0);
        assertThat(of("rule \"a\" when Object( ) then end\n").possible().look(List.of(tone), null))
                .containsExactly(tone);
    }

    @Test
    void aPatternOnAnyObjectKeepsEveryFact() {
        Pack p = of("""
                rule "a" when Term( list == "x" ) not Object( this == 42 ) then end
                """);
        Term x = term("x", 0);
        Referent grupp = referent("grupp", 0);
        assertThat(p.possible().look(List.of(x, grupp), null)).containsExactly(x, grupp);
    }
}
