import { describe, expect, it } from 'vitest';
import type { Clause } from '../../document/schema.js';
import { createContext } from '../../pipeline/context.js';
import { clausesOf } from '../../test-support/clauses-of.js';

const ctx = createContext();

const clauses = (raw: string): Clause[] => clausesOf(ctx, raw);
const verb = (cs: Clause[], lemma: string) => cs.find((c) => c.kind === 'verb' && c.head.lemma === lemma)!;
const noun = (cs: Clause[], lemma: string) => cs.find((c) => c.kind === 'noun' && c.head.lemma === lemma)!;
const role = (c: Clause, r: string, prep?: string) => c.args.find((a) => a.role === r && (prep === undefined || a.prep === prep))?.text;

describe('clauses: verb groups', () => {
  it('reads "is", "are" and "has" as present, "was" and "had" as past', () => {
    const cs = clauses('Iran is ready to talk. The rebels are close to the city. The minister said Iran was ready and had agreed.');
    expect(cs.filter((c) => c.kind === 'verb' && c.head.lemma === 'be').map((c) => c.tense)).toEqual(['present', 'present', 'past']);
    expect(verb(cs, 'agree').tense).toBe('past');
  });

  it('gives a verb inside a quotation no complement after the quotation closes', () => {
    for (const text of ['The minister said, “All members agree with the plan,” and the focus now is on the vote.', 'The minister said, "All members agree with the plan," and the focus now is on the vote.']) {
      const cs = clauses(text);
      const focus = cs.find((c) => c.kind === 'verb' && c.head.lemma === 'be')!;
      expect(focus.parent).not.toBe(verb(cs, 'agree').id);
    }
    const inside = clauses('Officials agree the plan will work.');
    expect(verb(inside, 'work').parent).toBe(verb(inside, 'agree').id);
  });

  it('keeps a quote mark inside a verb group in the group ("will “shortly be declaring", "was “inclined” to")', () => {
    const future = verb(clauses('The minister said he will “soon be imposing” a curfew on the town.'), 'impose');
    expect(future.tense).toBe('future');
    expect(role(future, 'object')).toBe('a curfew');
    const cs = clauses('The senator said he was "inclined" to support the deal.');
    expect(cs.filter((c) => c.kind === 'verb').map((c) => c.head.lemma)).toEqual(['say', 'incline', 'support']);
    expect(verb(cs, 'support').parent).toBe(verb(cs, 'incline').id);
    const adverb = verb(clauses('Officials said the army is “openly” defying the court.'), 'defy');
    expect([adverb.form, adverb.tense, role(adverb, 'subject')]).toEqual(['finite', 'present', 'the army']);
    // a quote opened before the group is not part of it
    expect(verb(clauses('The army said it "will fight" on.'), 'fight').tense).toBe('future');
  });

  it('ends the subject before an adjective that opens a to-phrase ("Militants loyal to X attacked")', () => {
    expect(role(verb(clauses('Militants loyal to the warlord attacked a police station.'), 'attack'), 'subject')).toBe('Militants');
    // an infinitive after the adjective is no such phrase
    expect(role(verb(clauses('Kenya urged the parties concerned to resume talks.'), 'urge'), 'object')).toBe('the parties concerned');
  });

  it('reads a past form after the object of a preposition as a reduced relative on that object ("tariffs on wine and spirits produced in Europe")', () => {
    const cs = clauses('Washington threatened the bloc with tariffs on wine, cheese and other goods produced in Europe.');
    expect(role(verb(cs, 'threaten'), 'object')).toBe('the bloc');
    expect(verb(cs, 'produce').form).toBe('participle');
    // a verb right after a relative clause's prepositional object is still a verb of its own
    const rel = clauses('The rebels who fought with the army attacked in the north.');
    expect(verb(rel, 'attack').form).toBe('finite');
  });

  it('gives an -ing form after a comma the subject of the main clause, past a clause opened by since/after ("attacked since the talks ended, killing")', () => {
    const cs = clauses('The rebels stepped up attacks after the talks collapsed, killing ten soldiers.');
    expect(role(verb(cs, 'kill'), 'subject')).toBe('The rebels');
    // without the comma the -ing form belongs to the clause right before it
    expect(role(verb(clauses('The rebels attacked after the soldiers left leaving the town.'), 'leave'), 'subject')).not.toBe('The rebels');
  });

  it('takes the antecedent of a relative clause between commas as the subject of the verb after it ("Chile, which has been an ally of Peru, refused")', () => {
    for (const text of ['Chile, which has been a close ally of Peru, refused the offer.', 'Chile, which opposes the sanctions, refused the offer.', 'Chile, which has long backed Peru, refused the offer.']) {
      const cs = clauses(text);
      expect(role(verb(cs, 'refuse'), 'subject')).toBe('Chile');
      const rel = cs.find((c) => c.kind === 'verb' && c.link === 'relative')!;
      expect(rel.parent).toBe(verb(cs, 'refuse').id);
    }
  });

  it('gives the infinitive after "urged X on Friday to" the object X as subject, past the time phrase', () => {
    expect(role(verb(clauses('Peru urged Chile on Friday to accept the offer.'), 'accept'), 'subject')).toBe('Chile');
    expect(role(verb(clauses('Peru urged Chile to accept the offer.'), 'accept'), 'subject')).toBe('Chile');
  });

  it('reads a capitalised verb opening a quoted title after a possessive as the title ("NBC\'s “Meet the Press”")', () => {
    expect(verb(clauses('Graham told NBC\'s “Meet the Press” that the talks would fail.'), 'meet')).toBeUndefined();
    expect(verb(clauses('The envoy will meet the press on Monday.'), 'meet')).toBeDefined();
  });

  it('ends a time phrase before a determiner ("said on Monday that rebels attacked", "said last week the army attacked")', () => {
    for (const [text, subject] of [['Peru said on Monday that rebels attacked the town.', 'rebels'], ['Peru said Monday the rebels attacked the town.', 'the rebels'], ['Peru said last week the army attacked the town.', 'the army']] as const) {
      const cs = clauses(text);
      expect(role(verb(cs, 'attack'), 'subject')).toBe(subject);
      expect(verb(cs, 'attack').link).toBe('reported');
    }
  });

  it('takes the name before an appositive between commas as the subject ("Chile, a close ally of Peru, has refused")', () => {
    expect(role(verb(clauses('Chile, a close ally of Peru in the talks, has refused to sign.'), 'refuse'), 'subject')).toBe('Chile');
  });

  it('reads a capitalised bare verb form inside a name as part of the name ("the Red Cross said"), not an inflected one', () => {
    expect(role(verb(clauses('The Red Cross said the convoy was safe.'), 'say'), 'subject')).toBe('The Red Cross');
    expect(role(verb(clauses('Red Cross officials suspended the deliveries.'), 'suspend'), 'subject')).toBe('Red Cross officials');
    expect(verb(clauses('Lima Rejects Chilean Plan.'), 'reject')).toBeDefined();
  });

  it('reads an -s or -ed form right after a main verb as part of its object ("rejected calls by", "reject proposed Chilean changes")', () => {
    const calls = clauses('Chile rejected calls by Peru for new talks.');
    expect(role(verb(calls, 'reject'), 'object')).toBe('calls');
    expect(calls.some((c) => c.kind === 'verb' && c.head.lemma === 'call')).toBe(false);
    expect(role(verb(clauses('The Bolivians reject proposed Chilean changes to the deal.'), 'reject'), 'object')).toBe('proposed Chilean changes');
    expect(role(verb(clauses('Kenya extradited suspected British militant Ali Hassan to Britain.'), 'extradite'), 'object')).toBe('suspected British militant Ali Hassan');
    // a reported clause keeps its verb
    expect(role(verb(clauses('Kenya said talks would resume on Monday.'), 'resume'), 'subject')).toBe('talks');
  });

  it('keeps a short gloss in brackets inside the noun phrase ("the Andean Workers Party (AWP) said", "the X (Party of God) group")', () => {
    expect(role(verb(clauses('The Andean Workers Party (AWP) said it would strike.'), 'say'), 'subject')).toBe('The Andean Workers Party (AWP)');
    expect(role(verb(clauses('The Andean (Party of God) group declared a ceasefire.'), 'declare'), 'subject')).toBe('The Andean (Party of God) group');
    // a bracket that holds a clause is no gloss
    expect(role(verb(clauses('The Andean group (which was banned last year) declared a ceasefire.'), 'declare'), 'subject')).not.toContain('banned');
  });

  it('reads an -ed form between two nouns right before the verb as a modifier ("aircraft using precision guided missiles killed")', () => {
    expect(role(verb(clauses('Chilean aircraft using precision guided missiles killed four soldiers.'), 'kill'), 'subject')).toBe('Chilean aircraft');
  });

  it('reads an -ed form between "the" and a name as a modifier ("in the occupied West Bank")', () => {
    const cs = clauses('Chilean troops remained on alert in the occupied West Bank today.');
    expect(cs.some((c) => c.kind === 'verb' && c.head.lemma === 'occupy')).toBe(false);
  });

  it('reads an -en form a tagger took for a noun after "have" and before an object as the verb ("have retaken a village")', () => {
    expect(role(verb(clauses('Chilean forces have retaken a strategic village in the north.'), 'retaken'), 'object')).toBe('a strategic village');
  });

  it('reads a second gerund after "and" as a verb with its own object ("killing two soldiers and wounding five civilians")', () => {
    const cs = clauses('The bomb exploded in the market, killing two soldiers and wounding five civilians.');
    expect(role(cs.find((c) => c.kind === 'verb' && c.head.text === 'wounding')!, 'object')).toBe('five civilians');
    expect(role(verb(cs, 'kill'), 'object')).toBe('two soldiers');
  });

  it('reads "plans to" after a comma insert as the verb, and an -ing word between an adjective and a noun as a modifier', () => {
    const cs = clauses('Chile, like most other existing members, plans to impose new limits.');
    expect(role(verb(cs, 'plan'), 'subject')).toBe('Chile');
    expect(cs.some((c) => c.kind === 'verb' && c.head.lemma === 'exist')).toBe(false);
    // a plural noun after a name stays a noun
    expect(role(verb(clauses('Kenya urged Somalia troops to withdraw.'), 'urge'), 'subject')).toBe('Kenya');
  });

  it('keeps a leading quantifier in the subject ("About 300 farmers", "Around 40 students") but not a topic after a noun', () => {
    expect(role(verb(clauses('About 300 farmers blocked the road.'), 'block'), 'subject')).toBe('About 300 farmers');
    expect(role(verb(clauses('Nearly 40 students marched on Monday.'), 'march'), 'subject')).toBe('Nearly 40 students');
    expect(role(verb(clauses('The two sides held talks about 200 prisoners.'), 'hold'), 'subject')).toBe('The two sides');
  });

  it('attaches "by" and "of" after another phrase to the nearest noun ("protests against abuses by the police")', () => {
    const cs = clauses('Students held protests against abuses by the police in the capital.');
    expect(role(noun(cs, 'protest'), 'prep', 'against')).toBe('abuses');
    expect(role(noun(cs, 'protest'), 'prep', 'by')).toBeUndefined();
    expect(role(noun(cs, 'abuse'), 'prep', 'by')).toBe('the police');
  });

  it('finds subject, object and prepositional targets by position', () => {
    const c = verb(clauses('Iraqi Foreign Minister Fuad Hussein on Monday held a phone call with his Syrian counterpart.'), 'hold');
    expect(role(c, 'subject')).toBe('Iraqi Foreign Minister Fuad Hussein');
    expect(role(c, 'object')).toBe('a phone call');
    expect(role(c, 'prep', 'with')).toBe('his Syrian counterpart');
    expect([c.tense, c.voice, c.negated, c.form]).toEqual(['past', 'active', false, 'finite']);
  });

  it('marks the passive and its by-agent', () => {
    const c = verb(clauses('The embassy was attacked by gunmen on Sunday.'), 'attack');
    expect(c.voice).toBe('passive');
    expect(role(c, 'subject')).toBe('The embassy');
    expect(role(c, 'agent', 'by')).toBe('gunmen');
  });

  it('reads "being" + a past form as a passive gerund ("after being detained in X"), and "is being held" as a finite passive', () => {
    const detained = verb(clauses('The reporter died after being detained in the capital.'), 'detain');
    expect([detained.form, detained.voice, detained.tense]).toEqual(['gerund', 'passive', 'none']);
    const held = verb(clauses('The reporter is being held in the capital.'), 'hold');
    expect([held.form, held.voice]).toEqual(['finite', 'passive']);
  });

  it('marks negation, modals and the future', () => {
    const cs = clauses('Turkey did not meet the envoy. Iran will never attack Iraq. Egypt could host the talks.');
    expect(verb(cs, 'meet').negated).toBe(true);
    const attack = verb(cs, 'attack');
    expect([attack.negated, attack.tense, attack.modal]).toEqual([true, 'future', 'will']);
    expect(verb(cs, 'host').modal).toBe('could');
  });

  it('keeps verb particles ("blew up")', () => {
    expect(verb(clauses('Rebels blew up a bridge near the border.'), 'blow').particle).toBe('up');
  });
  it('reads a capitalised word after "to" and before a noun as a modifier, not an infinitive ("opposed to French mediation")', () => {
    const cs = clauses('Chile is opposed to French mediation in the dispute.');
    expect(cs.some((c) => c.kind === 'verb' && c.head.text === 'French')).toBe(false);
    expect(role(verb(cs, 'oppose'), 'prep', 'to')).toBe('French mediation');
    expect(verb(cs, 'oppose').voice).toBe('active');
    expect(verb(clauses('Troops were sent to Iraq.'), 'send').voice).toBe('passive');
  });

  it('takes the noun before a gerund or infinitive as the subject of the verb after it', () => {
    expect(role(verb(clauses('Rebels using heavy guns attacked the town.'), 'attack'), 'subject')).toBe('Rebels');
    expect(role(verb(clauses('A Chilean offer to host talks surprised diplomats.'), 'surprise'), 'subject')).toBe('A Chilean offer');
    expect(role(verb(clauses('Tens of thousands of students marched.'), 'march'), 'subject')).toBe('Tens of thousands of students');
  });
  it('finds the verb and subject of a clause opened by if/unless and hangs it on the clause before', () => {
    const cs = clauses('Chile will cut ties with Peru if Peru attacks its border posts.');
    expect(role(verb(cs, 'attack'), 'subject')).toBe('Peru');
    expect(verb(cs, 'attack').link).toBe('adverbial');
    expect(role(verb(cs, 'cut'), 'prep', 'if')).toBeUndefined();
    // a list after "since" is not a clause's subject
    expect(role(verb(clauses("Since Fujimori's fall, Chile and other nations have called for talks."), 'call'), 'subject')).not.toContain('Fujimori');
  });

  it('links a that-clause after a noun as the content of the noun\'s clause, but not an object relative', () => {
    const cs = clauses('Chile repeated its demand that Peru withdraw its troops.');
    expect(verb(cs, 'withdraw').link).toBe('complement');
    expect(verb(cs, 'withdraw').parent).toBe(verb(cs, 'repeat').id);
    expect(verb(clauses('Chile rejected the plan that Peru proposed.'), 'propose').link).not.toBe('complement');
  });
  it('reads a bare past form after a verb\'s object and before a preposition as a participle on that object', () => {
    const cs = clauses('Chile expelled two diplomats based in Lima.');
    expect(role(verb(cs, 'expel'), 'object')).toBe('two diplomats');
    expect(verb(cs, 'base').form).toBe('participle');
    expect(verb(clauses('Officials said the president returned to Lima.'), 'return').form).toBe('finite');
  });

  it('reads an -ing form between a possessive and a noun as a modifier ("Chile\'s ruling party")', () => {
    const cs = clauses("Chile's ruling party rejected the plan.");
    expect(cs.some((c) => c.kind === 'verb' && c.head.lemma === 'rule')).toBe(false);
    expect(role(verb(cs, 'reject'), 'subject')).toBe("Chile's ruling party");
  });

  it('keeps hyphenated compounds as modifiers ("Peruvian-led forces", "war-torn Chile"), not "re-open"', () => {
    const cs = clauses('Peruvian-led forces attacked the camps.');
    expect(cs.some((c) => c.kind === 'verb' && c.head.lemma === 'lead')).toBe(false);
    expect(role(verb(cs, 'attack'), 'subject')).toBe('Peruvian-led forces');
    expect(role(verb(clauses('Peru promised to continue aid to war-torn Chile.'), 'continue'), 'prep', 'to')).toBe('war-torn Chile');
  });

  it('ends a name before a lower-case "today"', () => {
    expect(role(verb(clauses('Chile\'s president Gabriel Boric today rejected the plan.'), 'reject'), 'subject')).toBe("Chile's president Gabriel Boric");
  });
});

describe('clauses: coordination, control, relatives', () => {
  it('coordinated subjects become one role with two parts', () => {
    const cs = clauses('Iraq and Syria agreed to cooperate against ISIS.');
    const agree = verb(cs, 'agree');
    expect(agree.args.find((a) => a.role === 'subject')!.parts).toHaveLength(2);
    const coop = verb(cs, 'cooperate');
    expect([coop.form, coop.link, coop.parent]).toEqual(['infinitive', 'complement', agree.id]);
    expect(role(coop, 'subject')).toBe('Iraq and Syria');
    expect(role(coop, 'prep', 'against')).toBe('ISIS');
  });

  it('lists of three are one role with three parts', () => {
    const subject = verb(clauses('France, Germany and Italy condemned the attack.'), 'condemn').args.find((a) => a.role === 'subject')!;
    expect(subject.parts).toHaveLength(3);
  });

  it('does not join two clauses as one noun phrase (", and police fired")', () => {
    const cs = clauses('Protesters rallied in the capital, and police fired tear gas.');
    expect(role(verb(cs, 'rally'), 'subject')).toBe('Protesters');
    expect(role(verb(cs, 'fire'), 'subject')).toBe('police');
  });

  it('gives the object of urge/ask to the infinitive as its subject', () => {
    const release = verb(clauses('Britain urged Iran to release the sailors.'), 'release');
    expect(role(release, 'subject')).toBe('Iran');
    expect(role(release, 'object')).toBe('the sailors');
  });

  it('gives the possessor of "readiness to ..." as the subject of the infinitive', () => {
    const c = verb(clauses("For his part, Minister al-Shaibani stressed the Syrian side's readiness to coordinate with Iraq."), 'coordinate');
    expect(role(c, 'subject')).toBe('the Syrian side');
    expect(role(c, 'prep', 'with')).toBe('Iraq');
  });

  it('shares the subject with a following participle clause and a coordinated verb', () => {
    const cs = clauses('Turkish warplanes struck Kurdish positions, killing 12 fighters. The army shelled the town and seized the bridge.');
    expect(role(verb(cs, 'kill'), 'subject')).toBe('Turkish warplanes');
    const seize = verb(cs, 'seize');
    expect(role(seize, 'subject')).toBe('The army');
    expect(seize.link).toBe('coordinate');
  });

  it('resolves a relative pronoun to its antecedent', () => {
    const c = verb(clauses('Police arrested the men who attacked the embassy.'), 'attack');
    expect([role(c, 'subject'), c.link]).toEqual(['the men', 'relative']);
  });

  it('merges an appositive into the phrase it describes', () => {
    const c = verb(clauses("Asaad Hassan al-Shibani, Syria's new foreign minister, said the talks were fruitful."), 'say');
    expect(role(c, 'subject')).toBe("Asaad Hassan al-Shibani, Syria's new foreign minister");
  });
});

describe('clauses: lists of gerunds', () => {
  it('gives every item of a list after "accused ... of" the accused as subject ("of killing, maiming and looting")', () => {
    const cs = clauses('Kenya accuses the rebel group of killing, maiming, raping, and regularly displacing civilians.');
    for (const lemma of ['kill', 'maim', 'displace']) expect(role(verb(cs, lemma), 'subject')).toBe('the rebel group');
    expect(verb(cs, 'maim').link).toBe('coordinate');
  });

  it('keeps a gerund after the comma that ends a gerund with its own object on the clause above ("from transferring migrants to the base, alleging")', () => {
    const cs = clauses('The lawsuit seeks to stop officials from transferring migrants to the base, alleging the moves violate the law.');
    expect(role(verb(cs, 'allege'), 'subject')).not.toBe('officials');
  });
});

describe('clauses: reported speech and nominal events', () => {
  it('links "X said Y would ..." to the verb of saying', () => {
    const cs = clauses('The minister said Syria would not attack Turkey.');
    const attack = verb(cs, 'attack');
    expect([attack.link, attack.parent, role(attack, 'subject'), role(attack, 'object')]).toEqual(['reported', verb(cs, 'say').id, 'Syria', 'Turkey']);
    expect(role(verb(cs, 'say'), 'object')).toBeUndefined();
  });

  it('links "Y did Z, officials said" to the closing verb of saying', () => {
    const cs = clauses('Russia has refused to withdraw its troops, officials said Tuesday.');
    expect(verb(cs, 'refuse').link).toBe('reported');
    expect(verb(cs, 'refuse').parent).toBe(verb(cs, 'say').id);
  });

  it('links "denied that ..." so the denied event can be negated', () => {
    const cs = clauses('Hamas denied that it had fired rockets at Israel.');
    expect(verb(cs, 'fire').parent).toBe(verb(cs, 'deny').id);
  });

  it('builds nominal clauses with possessors, modifiers and prepositions', () => {
    const cs = clauses("The Iraqi delegation's visit to Damascus ended. The rebel offensive against the army began. Hussein held a phone call with al-Shibani.");
    const visit = noun(cs, 'visit');
    expect(role(visit, 'possessor')).toBe('The Iraqi delegation');
    expect(role(visit, 'prep', 'to')).toBe('Damascus');
    const offensive = noun(cs, 'offensive');
    expect(role(offensive, 'modifier')).toBe('rebel');
    expect(role(offensive, 'prep', 'against')).toBe('the army');
    const call = noun(cs, 'call');
    expect(call.parent).toBe(verb(cs, 'hold').id);
    expect(role(call, 'prep', 'with')).toBe('al-Shibani');
  });

  it('marks questions', () => {
    expect(verb(clauses('Has Iran attacked Israel?'), 'attack').question).toBe(true);
  });

  it('stays fast and finite on a very long sentence without punctuation', () => {
    const long = Array.from({ length: 20000 }, (_, i) => (i % 3 === 0 ? 'troops' : i % 3 === 1 ? 'attacked' : 'villages')).join(' ');
    const t = performance.now();
    const cs = clauses(long);
    expect(cs.length).toBeGreaterThan(1000);
    expect(performance.now() - t).toBeLessThan(20000);
  });
});

describe('clauses: tag repairs for real news', () => {
  it('reads a word in capitals as a name, not the verb "is" ("airstrikes against IS in Syria")', () => {
    const cs = clauses('U.S. forces carried out airstrikes against IS in Syria.');
    expect(cs.some((c) => c.kind === 'verb' && c.head.lemma === 'be')).toBe(false);
    expect(role(noun(cs, 'airstrike') ?? noun(cs, 'airstrikes'), 'prep', 'against')).toBe('IS');
  });

  it('keeps a shouted verb a verb ("We CONDEMN the jailbreak")', () => {
    expect(role(verb(clauses('"We CONDEMN the jailbreak and urge calm," the president wrote.'), 'condemn'), 'object')).toBe('the jailbreak');
  });

  it('reads an -s word after "to" as a noun ("return to talks"), never an infinitive', () => {
    const cs = clauses('The rebels agreed to return to talks with the government.');
    expect(cs.some((c) => c.kind === 'verb' && c.head.lemma === 'talk')).toBe(false);
    expect(role(verb(cs, 'return'), 'prep', 'to')).toContain('talks');
  });

  it('reads an -ed word opening the sentence before a noun as its modifier ("Coordinated airstrikes ... have killed")', () => {
    const cs = clauses('Coordinated airstrikes by the army have killed 50 militants.');
    expect(cs.some((c) => c.kind === 'verb' && c.head.lemma === 'coordinate')).toBe(false);
    expect(role(verb(cs, 'kill'), 'subject')).toContain('airstrikes');
  });

  it('reads a bare verb form between a past verb or "and" and a noun as the noun\'s modifier ("fired tear gas and stun grenades at")', () => {
    const cs = clauses('Police fired tear gas, rubber bullets and stun grenades at the protesters.');
    expect(cs.filter((c) => c.kind === 'verb').map((c) => c.head.lemma)).toEqual(['fire']);
    expect(role(verb(cs, 'fire'), 'prep', 'at')).toBe('the protesters');
  });

  it('keeps a verb coordinated in the same tense a verb ("seized the town and freed prisoners")', () => {
    expect(role(verb(clauses('The rebels seized the town and freed prisoners.'), 'free'), 'object')).toBe('prisoners');
  });
});
