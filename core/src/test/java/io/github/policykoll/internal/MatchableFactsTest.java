package io.github.policykoll.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.junit.jupiter.api.Test;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/** Only facts that some pattern can match are inserted; patterns inside not, exists and accumulate count. */
class MatchableFactsTest {
    private static MatchableFacts of(String rules) {
        return MatchableFacts.of(kieBase(rules));
    }

    /** A KieBase of {@code rules} (DRL after the package line and the import of the fact classes), built classically. */
    static InternalKnowledgeBase kieBase(String rules) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        builder.add(ResourceFactory.newByteArrayResource(("package t;\nimport io.github.policykoll.facts.*;\n" + rules)
                .getBytes(StandardCharsets.UTF_8)), ResourceType.DRL);
        assertThat(builder.getErrors()).isEmpty();
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(builder.getKnowledgePackages());
        return kieBase;
    }

    @Test
    void factsNoPatternNamesAreLeftOut() {
        MatchableFacts m = of("""
                rule "a" when Term( list == "x" ) then end
                rule "b" when PostInfo( ) not Sentence( ) exists Referent( ) then end
                rule "c" when accumulate( Link( ); $n : count( ) ) then end
                """);
        for (Class<?> c : new Class<?>[] {Term.class, PostInfo.class, Sentence.class, Referent.class, Link.class}) {
            assertThat(m.matchable(c)).as(c.getSimpleName()).isTrue();
        }
        for (Class<?> c : new Class<?>[] {ToneStats.class, Email.class, Hashtag.class, Credit.class}) {
            assertThat(m.matchable(c)).as(c.getSimpleName()).isFalse();
        }
    }

    @Test
    void aPatternOnASuperclassMatchesItsSubclasses() {
        MatchableFacts m = of("rule \"a\" when TextFact( ) then end\n");
        assertThat(m.matchable(Credit.class)).isTrue();
        assertThat(m.matchable(Email.class)).isTrue();
        assertThat(m.matchable(PostInfo.class)).isFalse();
        assertThat(of("rule \"a\" when Object( ) then end\n").matchable(ToneStats.class)).isTrue();
    }
}
