/**
 * policykoll: checks a social-media post against a political organisation's social media policy.
 *
 * <p>The API is {@code io.github.policykoll} (the engine, posts, evaluations), {@code io.github.policykoll.facts}
 * (what rules match on) and {@code io.github.policykoll.json} (the contract's JSON). The implementation
 * ({@code internal}) and the command line ({@code cli}) are exported only to this project's own modules.
 */
module io.github.policykoll {
    exports io.github.policykoll;
    exports io.github.policykoll.json;
    exports io.github.policykoll.facts;
    // rule packs' compiled rules read and match the fact classes
    opens io.github.policykoll.facts;
    exports io.github.policykoll.internal to io.github.policykoll.server, io.github.policykoll.examples;
    exports io.github.policykoll.cli to io.github.policykoll.server, io.github.policykoll.examples;

    // the engine: a rule pack's executable model runs on these
    requires org.kie.api;
    requires org.kie.internal.api;
    requires org.drools.base;
    requires org.drools.kiesession;
    requires org.drools.canonicalmodel;
    requires org.drools.modelcompiler;
    requires org.drools.engine;
    requires org.slf4j;
    requires org.carrot2.morfologik.stemming;
    requires org.carrot2.morfologik.fsa;

    // optional, for rule authors and the command line (see Authoring)
    requires static org.drools.mvel;
    requires static com.fasterxml.jackson.databind;
    requires static info.picocli;

    uses io.github.policykoll.cli.Subcommand;
}
