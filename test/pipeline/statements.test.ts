import { describe, expect, it } from 'vitest';
import { statements } from '../../src/pipeline/stages/statements.js';
import { entityName, makeDoc, span } from '../helpers.js';
import type { EntityType } from '../../src/document/types.js';

function run(text: string, names: [string, EntityType][]) {
  const doc = statements.run(makeDoc(text, names));
  return doc.statements.map((s) => [entityName(doc, s.speaker), span(doc, s.cue), s.kind, span(doc, s.content)]);
}

describe('stages/statements', () => {
  it.each([
    ['Smith warned that the talks could fail.', 'Smith', 'warned', 'indirect', 'the talks could fail'],
    ['"We will win," said Smith.', 'Smith', 'said', 'direct', 'We will win'],
    ['"We will win," Smith said.', 'Smith', 'said', 'direct', 'We will win'],
    ['The talks could fail, Smith said on Monday.', 'Smith', 'said', 'indirect', 'The talks could fail'],
    ['Smith has repeatedly said the talks could fail.', 'Smith', 'said', 'indirect', 'the talks could fail'],
    ['Smith told reporters on Monday that the talks could fail.', 'Smith', 'told', 'indirect', 'the talks could fail'],
    ['Smith expressed deep concern about the talks.', 'Smith', 'expressed', 'indirect', 'deep concern about the talks'],
    ['Smith said: "The talks could fail."', 'Smith', 'said', 'direct', 'The talks could fail'],
  ])('attributes %j', (text, speaker, cue, kind, content) => {
    expect(run(text, [['Smith', 'PERSON']])).toEqual([[speaker, cue, kind, content]]);
  });

  it('gives each speaker of a coordination the statement ("A and B said", "A, B and C said")', () => {
    expect(run('Egypt and Jordan criticised the decision.', [['Egypt', 'GPE'], ['Jordan', 'GPE']])).toEqual([
      ['Egypt', 'criticised', 'indirect', 'the decision'],
      ['Jordan', 'criticised', 'indirect', 'the decision'],
    ]);
    const three = run('Merkel, Macron and Biden said they would meet.', [['Merkel', 'PERSON'], ['Macron', 'PERSON'], ['Biden', 'PERSON']]);
    expect(three.map((r) => r[0]).sort()).toEqual(['Biden', 'Macron', 'Merkel']);
    expect(new Set(three.map((r) => r[3]))).toEqual(new Set(['they would meet']));
    // not a coordination: an apposition, and a name inside the content
    expect(run('Smith, Acme Group, said sales fell.', [['Smith', 'PERSON'], ['Acme Group', 'ORG']]).map((r) => r[0])).toEqual(['Smith']);
    expect(run('Talks between Israel and Egypt resumed, Egypt said.', [['Israel', 'GPE'], ['Egypt', 'GPE']]).map((r) => r[0])).toEqual(['Egypt']);
  });

  it('resolves "according to" at the start and at the end of a sentence', () => {
    expect(run('According to Acme Group, sales fell sharply.', [['Acme Group', 'ORG']])).toEqual([['Acme Group', 'According to', 'indirect', 'sales fell sharply']]);
    expect(run('Sales fell sharply, according to Acme Group.', [['Acme Group', 'ORG']])).toEqual([['Acme Group', 'according to', 'indirect', 'Sales fell sharply']]);
  });

  it('skips an appositive between the speaker and the cue', () => {
    const text = 'John Smith, the head of Acme Group, noted that sales fell.';
    expect(run(text, [['John Smith', 'PERSON'], ['Acme Group', 'ORG']])).toEqual([['John Smith', 'noted', 'indirect', 'sales fell']]);
  });

  it('resolves a pronoun speaker to the person named before', () => {
    const text = 'John Smith arrived on Monday. He said the talks could fail.';
    expect(run(text, [['John Smith', 'PERSON']])).toEqual([['John Smith', 'said', 'indirect', 'the talks could fail']]);
  });

  it('resolves a surname to the full name', () => {
    const text = 'John Smith arrived on Monday. Smith warned that the talks could fail.';
    expect(run(text, [['John Smith', 'PERSON'], ['Smith', 'PERSON']])).toEqual([['John Smith', 'warned', 'indirect', 'the talks could fail']]);
  });

  it('makes a described group the speaker', () => {
    expect(run('Security analysts warn that the region is unstable.', [])).toEqual([['Security analysts', 'warn', 'indirect', 'the region is unstable']]);
    expect(run('Russian officials said the border was closed.', [['Russian', 'NORP']])).toEqual([['Russian officials', 'said', 'indirect', 'the border was closed']]);
  });

  it('gives a participial cue the subject of its clause and cuts the first content before it', () => {
    const text = 'Smith expressed concern about the attacks, highlighting that the border remains open.';
    expect(run(text, [['Smith', 'PERSON']])).toEqual([
      ['Smith', 'expressed', 'indirect', 'concern about the attacks'],
      ['Smith', 'highlighting', 'indirect', 'the border remains open'],
    ]);
  });

  it('splits a quote interrupted by the cue into two statements', () => {
    const text = '"The talks failed," Smith said, "and we will not return."';
    expect(run(text, [['Smith', 'PERSON']])).toEqual([
      ['Smith', 'said', 'direct', 'The talks failed'],
      ['Smith', 'said', 'direct', 'and we will not return'],
    ]);
  });

  it('marks a partly quoted content as mixed', () => {
    const text = 'Smith told reporters that the troops would stay "for several more years".';
    expect(run(text, [['Smith', 'PERSON']])).toEqual([['Smith', 'told', 'mixed', 'the troops would stay "for several more years"']]);
  });

  it('ignores cognition verbs and sentences with no cue', () => {
    expect(run('Smith believes the talks could fail. The talks began in May.', [['Smith', 'PERSON']])).toEqual([]);
  });

  it('lists the entities named inside the content as "about"', () => {
    const doc = statements.run(makeDoc('Smith said that Russia and Acme Group had signed a deal.', [['Smith', 'PERSON'], ['Russia', 'GPE'], ['Acme Group', 'ORG']]));
    expect(doc.statements[0].about.map((e) => entityName(doc, e))).toEqual(['Russia', 'Acme Group']);
  });

  it.each([
    ['Smith was accused of lying by the committee.'],
    ['Although no group claimed responsibility, the attack raised fears.'],
    ['The country had admitted more than a million refugees, Smith noted in passing and the rest.'],
  ])('finds no statement of Smith in %j', (text) => {
    expect(run(text, [['Smith', 'PERSON']]).filter((r) => r[0] === 'Smith' && r[1] !== 'noted')).toEqual([]);
  });

  it('does not take an introductory phrase for what was said', () => {
    expect(run('In a meeting with Jones, Smith voiced concern over the arrests.', [['Smith', 'PERSON'], ['Jones', 'PERSON']])).toEqual([
      ['Smith', 'voiced', 'indirect', 'concern over the arrests'],
    ]);
  });

  it('ends a content at the comma closing a relative clause', () => {
    expect(run('Smith, who denies the accusation, has avoided extradition.', [['Smith', 'PERSON']])).toEqual([['Smith', 'denies', 'indirect', 'the accusation']]);
  });

  it('cuts a content where a coordinated cue of the same subject starts', () => {
    expect(run('Smith condemned the attack and said the government would help.', [['Smith', 'PERSON']])).toEqual([
      ['Smith', 'condemned', 'indirect', 'the attack'],
      ['Smith', 'said', 'indirect', 'the government would help'],
    ]);
  });

  it('lists the paragraphs a colon introduces as statements of the speaker', () => {
    const text = 'In an interview, Smith also said:\nThe talks must resume soon\nThe border should stay open\nOn Friday the minister left for Paris.';
    expect(run(text, [['Smith', 'PERSON'], ['Paris', 'GPE']]).map((r) => r[3])).toEqual(['The talks must resume soon', 'The border should stay open']);
  });

  it('credits a reported statement to its own speaker, not to who relayed it', () => {
    const text = 'Jones expressed deep concern about the arrests, the ministry said.';
    expect(run(text, [['Jones', 'PERSON']]).map((r) => r.slice(0, 2))).toEqual([['Jones', 'expressed']]);
  });

  it('keeps the outer speaker when another speaker is reported deep inside the clause', () => {
    const text = 'Smith said that after long talks Jones had concluded the deal was fair.';
    expect(run(text, [['Smith', 'PERSON'], ['Jones', 'PERSON']]).map((r) => r.slice(0, 2))).toEqual([['Smith', 'said']]);
  });

  it('splits "that A, and that B" into two statements', () => {
    const text = 'Smith told reporters that the claim was false, and that the border stayed open.';
    expect(run(text, [['Smith', 'PERSON']]).map((r) => r[3])).toEqual(['the claim was false', 'the border stayed open']);
  });

  it('takes the leftmost person of an apposition chain as the speaker', () => {
    const text = 'John Smith, a spokesman for Acme Group, the regional operator, told reporters that the plant was safe.';
    expect(run(text, [['John Smith', 'PERSON'], ['Acme Group', 'PERSON']]).map((r) => r[0])).toEqual(['John Smith']);
  });

  it("reads quotations written with two apostrophes", () => {
    expect(run("''The talks failed,'' said Smith.", [['Smith', 'PERSON']])).toEqual([['Smith', 'said', 'direct', 'The talks failed']]);
  });

  it('keeps an unresolved pronoun speaker as written', () => {
    expect(run('"He better live," she said.', [])).toEqual([['she', 'said', 'direct', 'He better live']]);
  });

  it('does not end a sentence inside brackets or before a lower-case word', () => {
    expect(run('Sen. David Perdue (R-Ga.) said the plan would fail.', [['David Perdue', 'PERSON']])).toEqual([
      ['David Perdue', 'said', 'indirect', 'the plan would fail'],
    ]);
  });

  it('does not start a sentence at a comma after brackets ("Rep. X (D-Md.), chair of ..., said")', () => {
    expect(run('Rep. Elijah Cummings (D-Md.), chair of the committee, said the plan would fail.', [['Elijah Cummings', 'PERSON']])).toEqual([
      ['Elijah Cummings', 'said', 'indirect', 'the plan would fail'],
    ]);
  });

  it('reads appositives with a relative clause inside and inverted speakers with one after', () => {
    const names: [string, EntityType][] = [['Rick Jacobs', 'PERSON'], ['Union for Reform Judaism', 'ORG']];
    expect(run('Rick Jacobs, president of the Union for Reform Judaism which represents 900 congregations, said he would skip the speech.', names)).toEqual([
      ['Rick Jacobs', 'said', 'indirect', 'he would skip the speech'],
    ]);
    expect(run('"There is not a whole lot you can do," said a former official who oversaw investigations.', [])).toEqual([
      ['a former official', 'said', 'direct', 'There is not a whole lot you can do'],
    ]);
  });

  it.each([
    ['On social issues, 26% say they are conservative.', '26%', 'they are conservative'],
    ['Most were worried; most said they were very worried.', 'most', 'they were very worried'],
    ['Again, those surveyed said the plan was best.', 'those surveyed', 'the plan was best'],
    ['Others argue that the plan will fail.', 'Others', 'the plan will fail'],
  ])('takes a share or a quantity pronoun opening its clause as a group speaker: %j', (text, speaker, content) => {
    expect(run(text, []).map((r) => [r[0], r[3]])).toEqual([[speaker, content]]);
  });

  it('ends what was said at ", but" and a new clause, and at the end of a subordinate clause', () => {
    expect(run('Smith assured him it was done without his knowledge, but Jones was furious.', [['Smith', 'PERSON'], ['Jones', 'PERSON']])).toEqual([
      ['Smith', 'assured', 'indirect', 'him it was done without his knowledge'],
    ]);
    expect(run('While one company says there are 2,400 billionaires, another says there are about 1,800.', [])).toEqual([
      ['one company', 'says', 'indirect', 'there are 2,400 billionaires'],
      ['another', 'says', 'indirect', 'there are about 1,800'],
    ]);
  });

  it('reads headline-style present cues the tagger took for nouns, naming with "called X a Y", and endorsements', () => {
    const names: [string, EntityType][] = [['Sanders', 'PERSON'], ['Clinton', 'PERSON']];
    expect(run('Sanders slams Clinton over her speeches.', names)).toEqual([['Sanders', 'slams', 'indirect', 'Clinton over her speeches']]);
    expect(run('Sanders called the plan a disaster.', names)).toEqual([['Sanders', 'called', 'indirect', 'the plan a disaster']]);
    expect(run('Sanders endorsed Clinton.', names)).toEqual([['Sanders', 'endorsed', 'indirect', 'Clinton']]);
    expect(run('Sanders called the police a day later.', names)).toEqual([]);
    expect(run('Sanders supporters rallied.', names)).toEqual([]);
  });

  it('finds subjects the tagger misread: a name read as an adverb or a verb, "X itself", shares of a group', () => {
    expect(run('Jolly said he would be cautious.', [['Jolly', 'PERSON']])).toEqual([['Jolly', 'said', 'indirect', 'he would be cautious']]);
    expect(run('Ford itself said the deal was on.', [['Ford', 'ORG']])).toEqual([['Ford', 'said', 'indirect', 'the deal was on']]);
    expect(run('"It is a message whose time has come," Mr. Welch said.', [['Welch', 'PERSON']])).toEqual([['Welch', 'said', 'direct', 'It is a message whose time has come']]);
    expect(run('A third of independents, 33%, say they feel that way.', []).map((r) => r[0])).toEqual(['A third of independents']);
    expect(run('Six in 10 say he is decisive.', []).map((r) => [r[0], r[3]])).toEqual([['Six in 10', 'he is decisive']]);
  });

  it('finds the subject before an appositive that ends in a quotation or holds a hyphenated participle', () => {
    expect(run('Mr. Manafort, citing “the unique magic of Trump,” said the candidate could win.', [['Manafort', 'PERSON'], ['Trump', 'PERSON']])).toEqual([
      ['Manafort', 'said', 'indirect', 'the candidate could win'],
    ]);
    expect(run("China's state-owned giant CITIC runs an oil field and says it has established a fund.", [['China', 'GPE'], ['CITIC', 'ORG']]).map((r) => [r[0], r[3]])).toEqual([
      ['CITIC', 'it has established a fund'],
    ]);
  });

  it('credits a news outlet described by its country before it is named to the outlet named next', () => {
    const text = 'North Korea\'s official newspaper blasted the drill. "It is a hostile act," the Rodong Sinmun said. The paper said the drill was an invasion.';
    expect(run(text, [['North Korea', 'GPE'], ['Rodong Sinmun', 'ORG']]).map((r) => r[0])).toEqual(['Rodong Sinmun', 'Rodong Sinmun', 'Rodong Sinmun']);
    // not an outlet described without its country, nor one named before the description
    expect(run('The state news agency said the talks failed. Later, Reuters said the talks resumed.', [['Reuters', 'ORG']]).map((r) => r[0])).toEqual(['state news agency', 'Reuters']);
  });

  it('takes a titled person with a bracketed note before the comma as the subject, and no circumstance as content', () => {
    const text = 'In Berea, after winning Ohio, Gov. John Kasich (R-OH), said, “I’m getting ready to rent a covered wagon.”';
    expect(run(text, [['John Kasich', 'PERSON'], ['OH', 'GPE'], ['Ohio', 'GPE'], ['Berea', 'GPE']])).toEqual([
      ['John Kasich', 'said', 'direct', 'I’m getting ready to rent a covered wagon'],
    ]);
  });

  it('does not take a negative quantity or an adverb "most" as a speaker', () => {
    expect(run('Nobody said the plan would work.', [])).toEqual([]);
    expect(run('Most importantly, Smith said the plan would work.', [['Smith', 'PERSON']]).map((r) => r[0])).toEqual(['Smith']);
  });

  it('does not read a clause with a finite verb as an appositive ("..., the race will be tight, said X")', () => {
    const names: [string, EntityType][] = [['New York', 'GPE'], ['Dan Gerstein', 'PERSON']];
    expect(run('As the campaign moves to New York, the race will be tight, said Dan Gerstein, an analyst.', names)).toEqual([
      ['Dan Gerstein', 'said', 'indirect', 'As the campaign moves to New York, the race will be tight'],
    ]);
  });

  it('reads what was said after a passive cue\'s agent ("was asked by X whether ...")', () => {
    expect(run('Sanders was asked by host John Dickerson whether his aim was similar.', [['Sanders', 'PERSON'], ['John Dickerson', 'PERSON']])).toEqual([
      ['John Dickerson', 'asked', 'indirect', 'whether his aim was similar'],
    ]);
    expect(run('When asked by a reporter whether it was true, he laughed.', [])).toEqual([['a reporter', 'asked', 'indirect', 'whether it was true']]);
  });

  it('reads "as reported by X" before or after the clause that was reported', () => {
    const names: [string, EntityType][] = [['Western Journalism', 'ORG'], ['Seattle', 'GPE']];
    expect(run('As reported by Western Journalism, Seattle raised its minimum wage.', names)).toEqual([
      ['Western Journalism', 'reported', 'indirect', 'Seattle raised its minimum wage'],
    ]);
    expect(run('Seattle raised its minimum wage, as reported by Western Journalism.', names)).toEqual([
      ['Western Journalism', 'reported', 'indirect', 'Seattle raised its minimum wage'],
    ]);
  });

  it('takes a long described source after "according to" whole, and no cue inside it', () => {
    expect(run('He will help prepare the debate, according to three people briefed on the discussions.', [])).toEqual([
      ['three people briefed on the discussions', 'according to', 'indirect', 'He will help prepare the debate'],
    ]);
    expect(run('The forces were ready, according to a newly uncovered email previously kept secret.', []).map((r) => r[0])).toEqual([
      'a newly uncovered email previously kept secret',
    ]);
  });

  it.each([
    ['Clinton leads by four points, according to the poll.', 'poll', 'Clinton leads by four points'],
    ['According to police, officers saw the car.', 'police', 'officers saw the car'],
  ])('takes an unnamed document or group after "according to" as the source: %j', (text, speaker, content) => {
    expect(run(text, [['Clinton', 'PERSON']]).map((r) => [r[0], r[3]])).toEqual([[speaker, content]]);
  });
  it('gives a participle after a comma the clause subject, not a place in between', () => {
    const text = 'Smith spoke on Monday about the death of Jones in Tulsa, Oklahoma, arguing that the police had failed.';
    const names: [string, EntityType][] = [['Smith', 'PERSON'], ['Jones', 'PERSON'], ['Tulsa', 'GPE'], ['Oklahoma', 'GPE']];
    expect(run(text, names).filter((r) => r[1] === 'arguing')).toEqual([['Smith', 'arguing', 'indirect', 'the police had failed']]);
    expect(run('"We see no link," the mayor said, adding that details would take hours.', [])).toEqual([
      ['mayor', 'said', 'direct', 'We see no link'],
      ['mayor', 'adding', 'indirect', 'details would take hours'],
    ]);
  });

  it('ends an object content before a subordinate clause or circumstance', () => {
    expect(run('Smith has not mentioned Jones since the debate.', [['Smith', 'PERSON'], ['Jones', 'PERSON']])).toEqual([['Smith', 'mentioned', 'indirect', 'Jones']]);
  });

  it('takes a cue the lexicon lacks from the learned model when speech follows it', () => {
    expect(run('Smith charges that the foundation took money from foreign donors.', [['Smith', 'PERSON']])).toEqual([
      ['Smith', 'charges', 'indirect', 'the foundation took money from foreign donors'],
    ]);
    expect(run('Lynch notes they were appointed before she came.', [['Lynch', 'PERSON']])).toEqual([['Lynch', 'notes', 'indirect', 'they were appointed before she came']]);
    // a bare object is an action, not speech
    expect(run('Smith vetoed a renewal of the mandate after the vote failed.', [['Smith', 'PERSON']])).toEqual([]);
  });
  it('attributes a paragraph to the speaker label before its colon', () => {
    expect(run('Mike Pence: Flowers will not be at the debate.\n\nThe debate is on Monday.', [['Mike Pence', 'PERSON']])).toEqual([
      ['Mike Pence', ':', 'indirect', 'Flowers will not be at the debate'],
    ]);
    // transcripts: a capitalised surname, or a label used more than once
    const text = 'Chris Wallace asked Mike Pence about the debate.\n\nWALLACE: Will she be there?\n\nPENCE: She will not be attending.';
    expect(run(text, [['Chris Wallace', 'PERSON'], ['Mike Pence', 'PERSON']]).slice(1)).toEqual([
      ['Chris Wallace', ':', 'indirect', 'Will she be there?'],
      ['Mike Pence', ':', 'indirect', 'She will not be attending'],
    ]);
    expect(run('A transcript follows.\n\nHOST: Will she be there?\n\nGUEST: No.\n\nHOST: Why not?', []).map((r) => r[0])).toEqual(['host', 'host']);
    expect(run('Poll: Clinton and Trump in dead heat.\n\nAnalysis: Jon Sopel, Washington', [['Clinton', 'PERSON'], ['Trump', 'PERSON'], ['Jon Sopel', 'PERSON']])).toEqual([
      ['Poll', ':', 'indirect', 'Clinton and Trump in dead heat'],
    ]);
  });

  it('attributes a quotation signed with a dash', () => {
    expect(run('“He scares me. He should not be president.” ― Maria Lopez', [['Maria Lopez', 'PERSON']])).toEqual([
      ['Maria Lopez', '―', 'direct', 'He scares me. He should not be president'],
    ]);
  });

  it('takes the whole paragraph after "X said:" however long', () => {
    const text = 'Smith said:\n\n"We have a problem. The cities are dangerous. People get shot. Nobody acts. It has to stop."';
    expect(run(text, [['Smith', 'PERSON']])).toEqual([['Smith', 'said', 'direct', 'We have a problem. The cities are dangerous. People get shot. Nobody acts. It has to stop']]);
  });
  it.each([
    ['John Smith spoke on Monday. He’s claiming that voting fraud is a big problem.', 'John Smith', 'claiming', 'voting fraud is a big problem'],
    ['Smith ignored an architect who said he was never paid.', 'an architect', 'said', 'he was never paid'],
    ['Smith took to Twitter to accuse Jones of lying.', 'Smith', 'accuse', 'Jones of lying'],
    ['Smith won votes by telling them that their lives are terrible.', 'Smith', 'telling', 'their lives are terrible'],
    ['Smith forced Jones to admit that no one was held accountable.', 'Jones', 'admit', 'no one was held accountable'],
    ['Proponents, including Acme Group, have urged Congress to keep the program.', 'Proponents', 'urged', 'Congress to keep the program'],
    ['Jones, wearing a hat covered in campaign buttons, said the rally was a success.', 'Jones', 'said', 'the rally was a success'],
    ['Jones, dressed in green, said the rally was a success.', 'Jones', 'said', 'the rally was a success'],
    ['Several farmers at the meeting - including growers from three counties - said prices were too low.', 'Several farmers at the meeting', 'said', 'prices were too low'],
    ['The Acme Group is filing a complaint, claiming that the vote was rigged.', 'Acme Group', 'claiming', 'the vote was rigged'],
    ['A spokesman of the board handling press affairs issued a statement, saying the plant will close.', 'A spokesman of the board handling press affairs', 'saying', 'the plant will close'],
    ['Smith was quick to praise the plan and said on Monday that it would work.', 'Smith', 'said', 'it would work'],
    ['Smith met the press and has said the plan was dead.', 'Smith', 'said', 'the plan was dead'],
  ])('finds the speaker of contracted, relative, non-finite and appositive-crossing cues: %j', (text, speaker, cue, content) => {
    const names: [string, EntityType][] = [['John Smith', 'PERSON'], ['Smith', 'PERSON'], ['Jones', 'PERSON'], ['Acme Group', 'ORG']];
    expect(run(text, names).map((r) => [r[0], r[1], r[3]])).toEqual([[speaker, cue, content]]);
  });
  it.each([
    ['The study found that in three counties, voters were removed from the rolls.', 'study', 'in three counties, voters were removed from the rolls'],
    ['Polls show a close contest in the state.', 'Polls', 'a close contest in the state'],
  ])('lets evidence speak for itself: %j', (text, speaker, content) => {
    expect(run(text, []).map((r) => [r[0], r[3]])).toEqual([[speaker, content]]);
  });

  it('credits the second verb of a relative clause to its antecedent and ends it at the closing dash', () => {
    expect(run('The Acme Group - which owns the mill and has said it will close the plant - called for a meeting.', [['Acme Group', 'ORG']])).toEqual([
      ['Acme Group', 'said', 'indirect', 'it will close the plant'],
      ['Acme Group', 'called for', 'indirect', 'a meeting'],
    ]);
  });

  it('reads "according to X" after an introductory phrase and with described or possessed sources', () => {
    expect(run('In addition, according to the ministry, nine more plants will close.', [])).toEqual([['ministry', 'according to', 'indirect', 'nine more plants will close']]);
    expect(run('(According to Acme Corp, the plant will close.)', [['Acme Corp', 'ORG']])).toEqual([['Acme Corp', 'According to', 'indirect', 'the plant will close']]);
    expect(run('Smith leads by 4 points, according to the Daily Post’s polling average.', [['Smith', 'PERSON'], ['Daily Post', 'ORG']]).map((r) => [r[1], r[3]])).toEqual([
      ['according to', 'Smith leads by 4 points'],
    ]);
  });

  it('reads a position noun with its possessor and preposition as a statement', () => {
    expect(run('Acme Corp’s demand for the city to lower taxes would be discussed on Monday.', [['Acme Corp', 'ORG']])).toEqual([
      ['Acme Corp', 'demand', 'indirect', 'the city to lower taxes'],
    ]);
    expect(run('Acme Corp has stepped up its criticism of the mayor for raising taxes.', [['Acme Corp', 'ORG']])).toEqual([
      ['Acme Corp', 'criticism', 'indirect', 'the mayor for raising taxes'],
    ]);
  });

  it.each([
    // "by" after a cue is a passive agent only after a participle
    ['Polls show Smith up by 10 points in the state.', ['Polls', 'show', 'indirect', 'Smith up by 10 points in the state']],
    // a circumstance set off by commas between a cue and its "that"
    ['Smith said Thursday during a visit to Dayton, Ohio, that the plant would stay open.', ['Smith', 'said', 'indirect', 'the plant would stay open']],
    ['Smith said on the Daily Post’s “Morning Show” that the plant would stay open.', ['Smith', 'said', 'indirect', 'the plant would stay open']],
    // an object ends at a coordinated predicate of the speaker, also after a clausal cue
    ['Smith mentioned the mayor twice and seemed to blame him for the delay.', ['Smith', 'mentioned', 'indirect', 'the mayor twice']],
    // a statement reported "according to" a source is its own speaker's
    ['Smith said the plan had failed, according to the Daily Post.', ['Smith', 'said', 'indirect', 'the plan had failed']],
    // a noun phrase right after "says" is the subject of what was said, its "that" a relative pronoun
    ['Smith says the movement that’s sweeping the country will fade.', ['Smith', 'says', 'indirect', 'the movement that’s sweeping the country will fade']],
    ['Smith said Monday that the talks failed.', ['Smith', 'said', 'indirect', 'the talks failed']],
    // after an adverbial clause, the quotation after the cue is what was said
    ['As the bell rang, Smith said, “We are ready.”', ['Smith', 'said', 'direct', 'We are ready']],
    // an amount of time after the cue is a circumstance of a trailing attribution
    ['“We are ready,” Smith said two days later, and the game began.', ['Smith', 'said', 'direct', 'We are ready']],
  ])('reads the one statement of %j', (text, expected) => {
    expect(run(text, [['Smith', 'PERSON'], ['Daily Post', 'ORG']])).toEqual([expected]);
  });

  it('ends what was said before a participial cue after a quotation closed by its comma', () => {
    expect(run('Smith said the plan is “the only one that can work,” adding that the others should quit.', [['Smith', 'PERSON']]).map((r) => [r[1], r[3]])).toEqual([
      ['said', 'the plan is “the only one that can work'],
      ['adding', 'the others should quit'],
    ]);
  });

  it('finds nothing said in a bare circumstance or a stray word after a cue', () => {
    expect(run('Smith responded with anger.', [['Smith', 'PERSON']])).toEqual([]);
    expect(run('Smith joked before the dinner.', [['Smith', 'PERSON']])).toEqual([]);
    // a content may still open with a circumstance of its own
    expect(run('Smith said in three counties the polls closed early.', [['Smith', 'PERSON']])).toEqual([['Smith', 'said', 'indirect', 'in three counties the polls closed early']]);
  });

  it('credits a quotation ended by its own stop to the bare attribution that follows it', () => {
    expect(run('“Will the plan work?” Smith asked. “Nobody knows.” Jones said on Monday.', [['Smith', 'PERSON'], ['Jones', 'PERSON']])).toEqual([
      ['Smith', 'asked', 'direct', 'Will the plan work?'],
      ['Jones', 'said', 'direct', 'Nobody knows'],
    ]);
    // an attribution with its own content is not a bare one
    expect(run('“Nobody knows.” Jones said the plan would fail.', [['Jones', 'PERSON']])).toEqual([['Jones', 'said', 'indirect', 'the plan would fail']]);
  });

  it('takes a verb of the learned long tail as a cue next to a quotation', () => {
    expect(run('He continued, “The plan will work.”', [])).toEqual([['He', 'continued', 'direct', 'The plan will work']]);
    expect(run('“The plan will work,” Smith continued.', [['Smith', 'PERSON']])).toEqual([['Smith', 'continued', 'direct', 'The plan will work']]);
  });

  it('ends what was said before a coordinated clause of the narrator', () => {
    const text = 'Figueroa said the campaign planned a protest, though she acknowledged it was unlikely to work.';
    expect(run(text, [['Figueroa', 'PERSON']])).toEqual([
      ['Figueroa', 'said', 'indirect', 'the campaign planned a protest'],
      ['Figueroa', 'acknowledged', 'indirect', 'it was unlikely to work'],
    ]);
  });
  it('keeps the outer statement when a non-finite or negated cue stands inside its content', () => {
    expect(run('However, Lynch said the law does not require witnesses to show up at a hearing to assert their rights.', [['Lynch', 'PERSON']])).toEqual([
      ['Lynch', 'said', 'indirect', 'the law does not require witnesses to show up at a hearing to assert their rights'],
    ]);
    expect(run('Mathur said the statement didn’t clarify the matter.', [['Mathur', 'PERSON']])).toEqual([['Mathur', 'said', 'indirect', 'the statement didn’t clarify the matter']]);
  });

  it('continues a quotation after a whole attribution sentence in the same paragraph', () => {
    const text = '"We need oversight," said Ron Field, a lawyer who has worked on such projects for years. "Without it, fraud follows."';
    expect(run(text, [['Ron Field', 'PERSON']])).toEqual([
      ['Ron Field', 'said', 'direct', 'We need oversight'],
      ['Ron Field', 'said', 'direct', 'Without it, fraud follows'],
    ]);
  });
  it.each([
    ['“They are wrong,” said 9/11 widow Terry Strada.', 'Terry Strada', 'They are wrong'],
    ['"It was a sad moment," said European Council President Donald Tusk, summing up the talks.', 'Donald Tusk', 'It was a sad moment'],
    ['Hillary Clinton, at a later press gaggle, said, “I have been briefed.”', 'Hillary Clinton', 'I have been briefed'],
  ])('finds a speaker behind titles or a prepositional aside: %j', (text, speaker, content) => {
    const names: [string, EntityType][] = [['Terry Strada', 'PERSON'], ['European Council', 'ORG'], ['Donald Tusk', 'PERSON'], ['Hillary Clinton', 'PERSON']];
    expect(run(text, names).map((r) => [r[0], r[3]])).toEqual([[speaker, content]]);
  });
  it.each([
    ['“You can’t talk about change,” DuVernay said, emphasizing why the past matters.', 'DuVernay', 'emphasizing', 'why the past matters'],
    ['On Thursday, Trump spoke to industry leaders, promising to lift environmental regulations.', 'Trump', 'promising', 'to lift environmental regulations'],
    ['But Megan Hester, senior associate for education organizing at the Annenberg Institute, said parents want schools.', 'Megan Hester', 'said', 'parents want schools'],
  ])('reads participles after a comma forward and gerunds inside titles as no clause: %j', (text, speaker, cue, content) => {
    const names: [string, EntityType][] = [['DuVernay', 'PERSON'], ['Trump', 'PERSON'], ['Megan Hester', 'PERSON'], ['Annenberg Institute', 'ORG']];
    expect(run(text, names).filter((r) => r[1] === cue).map((r) => [r[0], r[1], r[3]])).toEqual([[speaker, cue, content]]);
  });
  it('gives a participle the described group opening its sentence', () => {
    expect(run('In August, several environmental groups granted Clarke an extension, saying his capital was short.', [['Clarke', 'PERSON']])).toEqual([
      ['several environmental groups', 'saying', 'indirect', 'his capital was short'],
    ]);
  });
  it('takes the whole clause when a quotation only ends it', () => {
    const text = "Her proposals send a clear message that a top priority ''is increasing the tax at the top,'' Kamin said.";
    expect(run(text, [['Kamin', 'PERSON']])).toEqual([['Kamin', 'said', 'mixed', "Her proposals send a clear message that a top priority ''is increasing the tax at the top"]]);
  });
  it('credits a passive cue to its agent', () => {
    const names: [string, EntityType][] = [['Arab League', 'ORG'], ['US', 'GPE'], ['Mike Pompeo', 'PERSON'], ['The Washington Post', 'ORG'], ['Assange', 'PERSON']];
    expect(run('The Arab League condemned the move announced on Monday by US Secretary of State Mike Pompeo.', names)).toEqual([
      ['Arab League', 'condemned', 'indirect', 'the move announced on Monday by US Secretary of State Mike Pompeo'],
      ['Mike Pompeo', 'announced', 'indirect', 'the move'],
    ]);
    expect(run('The registration issue was first reported by The Washington Post.', names)).toEqual([['The Washington Post', 'reported', 'indirect', 'The registration issue']]);
    expect(run('Assange was accused of rape by a woman and of fraud by a bank.', names)[0]).toEqual(['a woman', 'accused', 'indirect', 'of rape']);
  });
  it.each([
    ['The program is a failure, as Smith noted last week.', 'noted', 'The program is a failure'],
    ['As Smith said on Monday, the program is a failure.', 'said', 'the program is a failure'],
    ['The requirement is a lawful source of income, as Smith put it.', 'put it', 'The requirement is a lawful source of income'],
  ])('reads an "as X said" clause as an attribution of the other clause: %j', (text, cue, content) => {
    expect(run(text, [['Smith', 'PERSON']])).toEqual([['Smith', cue, 'indirect', content]]);
  });
});
