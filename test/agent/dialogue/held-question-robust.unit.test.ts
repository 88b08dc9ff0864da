import { describe, expect, it } from 'vitest';
import { type Lang, PLANS, run } from './held-question-plans';

// Issue 15, thirteenth round (docs/dialogue.md): the held question on phrasings no set has, written
// for this test: hypotheticals about month, place, length, party, lodging and budget in SMS style,
// typos, no "?", emoji, in en/fr/de, which must leave the decision alone; requests and commitments,
// which must change it. And a question that reveals a traveling child whose age breaks the booking.

describe('questions after a decision change nothing', () => {
  it.each<[Lang, string]>([
    ["en", "would it work with july?"],
    ["en", "would it work in july"],
    ["en", "is october possible?"],
    ["en", "is october possible"],
    ["en", "what if my mum came too?"],
    ["en", "what if my mum came too"],
    ["en", "how about 12 days?"],
    ["en", "how about 12 days"],
    ["en", "and 12 days?"],
    ["en", "what about 12 days"],
    ["en", "would 10 days be enough?"],
    ["en", "is 5 days too short?"],
    ["en", "what if we were 4 adults?"],
    ["en", "would it still work with 3 kids?"],
    ["en", "would it work for a family of 5?"],
    ["en", "is it doable with a 6 year old?"],
    ["en", "hmm what if we had only $5000"],
    ["en", "would 6000 be enough?"],
    ["en", "is $7000 enough??"],
    ["en", "what if the budget was 12k"],
    ["en", "would a lodge instead of tents be possible?"],
    ["en", "is a tented camp possible?"],
    ["en", "would Kenya work too?"],
    ["en", "what about the Mara instead?"],
    ["en", "is Tarangire possible in august"],
    ["en", "wud it work in june 🤔"],
    ["en", "would it wrk w/ 2 kids"],
    ["en", "and in december? 🙂"],
    ["en", "whats the weather like in august"],
    ["en", "is august the best month"],
    ["en", "would september be better?"],
    ["en", "r there fewer crowds in september?"],
    ["en", "what if we went for 2 weeks"],
    ["en", "how would 14 days look?"],
    ["en", "would it be cheaper in june?"],
    ["en", "would my parents (70s) manage?"],
    ["en", "what if grandma joins"],
    ["en", "would it work if we flew in a day later?"],
    ["en", "is it ok for honeymooners?"],
    ["en", "is the serengeti good for a 4 year old?"],
    ["en", "would the trip change if we added my sister?"],
    ["en", "is it still possible with just 6 days 😅"],
    ["en", "how about zambia?"],
    ["en", "what about botswana"],
    ["en", "would it be different with a private guide?"],
    ["en", "can a 10 year old go on a walking safari?"],
    ["en", "would it be the same in the green season?"],
    ["en", "is it possible in march"],
    ["en", "what would 9 days cost?"],
    ["en", "how much for 3 adults"],
    ["en", "does it work for 2 adults and a baby?"],
    ["en", "hmm and if we go in jan?"],
    ["en", "wait would feb work"],
    ["en", "so what if it's 10 days"],
    ["en", "any chance it works in april?"],
    ["en", "would it work with a smaller budget, like 6k?"],
    ["en", "is rwanda possible as well?"],
    ["fr", "c'est possible avec 3 enfants ?"],
    ["fr", "c'est possible en juillet ?"],
    ["fr", "c'est possible en juillet"],
    ["fr", "et si ma mère venait aussi ?"],
    ["fr", "et avec 12 jours ?"],
    ["fr", "et 12 jours ?"],
    ["fr", "ça marcherait en juin ?"],
    ["fr", "ça marche aussi en octobre ?"],
    ["fr", "est-ce que ça irait avec 6000 € ?"],
    ["fr", "est ce que 10 jours suffisent"],
    ["fr", "et si on était 4 ?"],
    ["fr", "ce serait possible au Kenya ?"],
    ["fr", "et le Masai Mara plutôt ?"],
    ["fr", "et en décembre 🙂"],
    ["fr", "ca irait avec un enfant de 5 ans ?"],
    ["fr", "c possible en septembre ?"],
    ["fr", "et si le budget était de 12000 € ?"],
    ["fr", "ce serait mieux en septembre ?"],
    ["fr", "et en lodge plutôt qu'en tente ?"],
    ["fr", "est-ce que ça change quelque chose si mes parents viennent ?"],
    ["fr", "et pour 2 semaines ?"],
    ["fr", "le Serengeti c'est bien pour un bébé ?"],
    ["fr", "septembre, ça irait ?"],
    ["fr", "ça passerait avec 5 jours ?"],
    ["fr", "et la Zambie ?"],
    ["fr", "ça coûterait combien pour 3 adultes ?"],
    ["fr", "et avec ma soeur en plus ?"],
    ["fr", "ça marcherait avec moins, genre 6000 ?"],
    ["fr", "et si on partait en janvier ?"],
    ["fr", "c'est jouable avec 7 jours ?"],
    ["de", "geht das auch mit Juli?"],
    ["de", "geht das auch im Juli?"],
    ["de", "geht das auch mit 3 Kindern?"],
    ["de", "geht das auch mit 12 Tagen"],
    ["de", "und wenn meine Mutter mitkommt?"],
    ["de", "wie wäre es mit 12 Tagen?"],
    ["de", "wäre Oktober auch möglich?"],
    ["de", "ist Oktober möglich?"],
    ["de", "klappt das auch im Juni?"],
    ["de", "würde es mit 6000 € reichen?"],
    ["de", "reichen 10 Tage?"],
    ["de", "und mit 4 Erwachsenen?"],
    ["de", "wäre Kenia auch eine Option?"],
    ["de", "und die Masai Mara stattdessen?"],
    ["de", "und im Dezember 🙂"],
    ["de", "funktioniert das mit einem 5-jährigen?"],
    ["de", "und wenn das Budget 12000 wäre?"],
    ["de", "wäre September besser?"],
    ["de", "was wäre mit einer Lodge statt Zelt?"],
    ["de", "ändert sich was, wenn meine Eltern mitkommen?"],
    ["de", "und für 2 Wochen?"],
    ["de", "ist die Serengeti was für ein Baby?"],
    ["de", "September, ginge das?"],
    ["de", "würde das mit 5 Tagen gehen?"],
    ["de", "und Sambia?"],
    ["de", "was kostet das für 3 Erwachsene?"],
    ["de", "und mit meiner Schwester dazu?"],
    ["de", "ginge es auch günstiger, so 6000?"],
    ["de", "was wenn wir im Januar fahren?"],
    ["de", "wär juni auch ok?"],
    ["de", "könnte das auch im März klappen?"],
    ["de", "würde Ruanda auch passen?"],
  ])('%s: «%s»', (lang, text) => {
    const [first, turn] = run(PLANS[lang], text);
    expect(first!.decided).toBe(true);
    expect(turn!.decided).toBe(false);
    expect(turn!.inputs).toEqual(first!.inputs);
  });
});

describe('requests and commitments after a decision change it', () => {
  it.each<[Lang, string]>([
    ["en", "could we make it 12 days"],
    ["en", "could we make it 12 days?"],
    ["en", "let's go with July"],
    ["en", "let's go with july then"],
    ["en", "ok book Kruger then"],
    ["en", "ok, 12 days then"],
    ["en", "make it 12 days"],
    ["en", "we'll do july"],
    ["en", "change it to july please"],
    ["en", "actually we're 3 adults"],
    ["en", "my mum is coming too, so 3 adults"],
    ["en", "switch to the Mara"],
    ["en", "we want to go in July instead"],
    ["en", "let's do 12 days"],
    ["en", "ok go for october"],
    ["en", "please make it 10 days"],
    ["en", "can you change it to 10 days?"],
    ["en", "can we do it in july instead?"],
    ["en", "we decided on july"],
    ["en", "July it is"],
    ["en", "fine, 10 days then"],
    ["en", "lets do kenya instead"],
    ["en", "we'll take the Mara instead"],
    ["en", "budget is now $12000"],
    ["en", "ok let's add my sister, 3 adults"],
    ["fr", "on prend juillet"],
    ["fr", "on part en juillet finalement"],
    ["fr", "va pour 12 jours"],
    ["fr", "on fait 12 jours"],
    ["fr", "finalement ce sera juillet"],
    ["fr", "on préfère juillet"],
    ["fr", "pouvez-vous passer à 12 jours ?"],
    ["fr", "on pourrait faire 12 jours ?"],
    ["fr", "ok, on part au Kenya alors"],
    ["fr", "mettez 12 jours svp"],
    ["fr", "ma mère vient aussi, donc 3 adultes"],
    ["fr", "c'est décidé, juillet"],
    ["de", "dann nehmen wir Juli"],
    ["de", "wir nehmen doch Juli"],
    ["de", "machen wir 12 Tage"],
    ["de", "dann fahren wir im Juli"],
    ["de", "ok, dann Kenia"],
    ["de", "können wir 12 Tage draus machen?"],
    ["de", "bitte auf 12 Tage ändern"],
    ["de", "meine Mutter kommt auch mit, also 3 Erwachsene"],
    ["de", "lieber im Juli"],
    ["de", "wir fahren doch lieber im Juli"],
    ["de", "abgemacht, Juli"],
    ["de", "dann doch die Masai Mara"],
  ])('%s: «%s»', (lang, text) => {
    const [first, turn] = run(PLANS[lang], text);
    expect(turn!.decided).toBe(true);
    expect(turn!.inputs).not.toEqual(first!.inputs);
  });
});

describe('a child of the party whose age breaks the booking counts, asked or not', () => {
  const GORILLAS = {
    en: ['Gorilla trekking in Bwindi in July, 2 adults, 6 days, $12000 total', 'can our 12 year old do the gorilla trek??', 'no longer holds'],
    fr: ['Gorilles à Bwindi en juillet, 2 adultes, 6 jours, 12000 € au total', 'notre fille de 11 ans pourra voir les gorilles ?', 'ne tient plus'],
    de: ['Gorillas in Bwindi im Juli, 2 Erwachsene, 6 Tage, 12000 € insgesamt', 'kann unser 13-jähriger Sohn auch zu den Gorillas?', 'gilt der bisherige Plan nicht mehr'],
  } as const;
  it.each(Object.entries(GORILLAS))('%s', (_lang, [plan, question, said]) => {
    const [first, turn] = run(plan, question);
    expect(first!.decision.verdict.outcome).toBe('book');
    expect(turn!.decided).toBe(true);
    expect(turn!.decision.verdict.outcome).not.toBe('book');
    expect(turn!.inputs.child_ages?.[0]).toBeLessThan(15);
    expect(turn!.replies.web).toContain(said);
    expect(turn!.replies.web).toMatch(/15/);
    expect(turn!.replies.sms).toMatch(/15/);
  });

  it('a child asked about in general is answered with the rule and the booking stays', () => {
    const [first, turn] = run(GORILLAS.en[0], 'is a 12 year old allowed to do the gorilla trek?');
    expect(turn!.decided).toBe(false);
    expect(turn!.inputs).toEqual(first!.inputs);
    expect(turn!.replies.web).toMatch(/would be Discard|would be Switch/);
    expect(turn!.replies.sms).toContain('needs age 15 and your youngest is 12');
  });

  it('an age the booking allows changes nothing', () => {
    const [first, turn] = run(GORILLAS.en[0], 'can our 16 year old do the gorilla trek?');
    expect(turn!.decided).toBe(false);
    expect(turn!.inputs).toEqual(first!.inputs);
  });
});
