import { describe, expect, it } from 'vitest';
import { isPlural, withArticle } from '../../../src/agent/dialogue/articles-de';
import { countryName } from '../../../src/agent/dialogue/localize-decision';
import { RECORD_COPY } from '../../../src/agent/dialogue/record-copy';

describe('place names with their article (fluent review)', () => {
  it('German puts the article of the name’s gender in the case asked, and leaves bare names and lists alone', () => {
    expect(withArticle('Masai Mara', 'nom')).toBe('die Masai Mara');
    expect(withArticle('Okavango-Delta', 'dat')).toBe('dem Okavango-Delta');
    expect(withArticle('Volcanoes-Nationalpark', 'acc')).toBe('den Volcanoes-Nationalpark');
    expect(withArticle('Masai Mara im August', 'acc')).toBe('die Masai Mara im August');
    expect(withArticle('Okavango-Delta (selbst einfache Lodges kosten mehr)', 'nom')).toBe('das Okavango-Delta (selbst einfache Lodges kosten mehr)');
    expect(withArticle('Bwindi', 'nom')).toBe('Bwindi');
    expect(withArticle('Südafrika', 'nom')).toBe('Südafrika');
    expect(withArticle('Masai Mara und Serengeti', 'nom')).toBe('Masai Mara und Serengeti');
    expect(isPlural('Victoriafälle')).toBe(true);
  });

  it('German record sentences agree with the name: article, verb and a capital after a colon', () => {
    const de = RECORD_COPY.de;
    expect(de.loss.notNamed('Okavango-Delta')).toBe('Das Okavango-Delta ist nicht dabei, obwohl Sie danach gefragt haben.');
    expect(de.loss.notNamed('Victoriafälle')).toMatch(/^Die Victoriafälle sind nicht dabei/);
    expect(de.change.must('Südafrika', 'Juli')).toMatch(/^Ist Südafrika ein Muss, planen wir die Reise für den Juli/);
    expect(de.gain.lessRain('Juni', 'leichter Regen', 'April', 'starker Regen')).toBe('Weniger Regen: im Juni leichter Regen, im April starker Regen.');
    expect(de.switchWhy('Okavango-Delta', 'Juli', 'selbst einfache Lodges kosten etwa 1.510 €')).toBe('Das Okavango-Delta im Juli: Selbst einfache Lodges kosten etwa 1.510 €.');
  });

  it('French names a country with its article and gender, elided before a vowel', () => {
    expect(countryName('ZA', 'fr')).toBe("l'Afrique du Sud");
    expect(countryName('BW', 'fr')).toBe('le Botswana');
    expect(countryName('TZ', 'fr')).toBe('la Tanzanie');
    expect(countryName('UG', 'fr')).toBe("l'Ouganda");
    expect(countryName('ZA', 'de')).toBe('Südafrika');
  });

  it('French record sentences after a name carry no gendered word', () => {
    const fr = RECORD_COPY.fr;
    expect(fr.headline.wait('juin', 'le Masai Mara')).toBe('le Masai Mara sera nettement plus favorable en juin.');
    expect(fr.change.must("l'Afrique du Sud", 'juillet')).toBe("Si l'Afrique du Sud est incontournable, nous prévoirions le voyage pour juillet en disant clairement ce que vous y perdez.");
    expect(fr.loss.notNamed("l'Afrique du Sud")).toBe("L'Afrique du Sud n'est pas au programme, alors que vous l'aviez demandé.");
  });
});
