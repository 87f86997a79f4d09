import { describe, expect, it } from 'vitest';
import { titleKey, urlKey } from './normalize';

describe('titleKey', () => {
  it("drops an outlet's signature, whatever the dash or bar", () => {
    const key = titleKey('BPOM Tarik Kosmetik Bermerkuri dari Pasaran');
    expect(key).toBe('bpom tarik kosmetik bermerkuri dari pasaran');
    expect(titleKey('BPOM Tarik Kosmetik Bermerkuri dari Pasaran - Kabar Andalas')).toBe(key);
    expect(titleKey('BPOM Tarik Kosmetik Bermerkuri dari Pasaran | Warta 24')).toBe(key);
    expect(titleKey('BPOM Tarik Kosmetik Bermerkuri dari Pasaran – Harian Pelita')).toBe(key);
  });

  it('gives a headline ending in a clause of its own and its signed copy one key', () => {
    const original = 'BPOM Sita Jamu Ilegal di Sragen — Rp2 Miliar';
    const copy = 'BPOM Sita Jamu Ilegal di Sragen — Rp2 Miliar - Kabar Baru';
    expect(titleKey(copy)).toBe(titleKey(original));
    expect(titleKey(`${copy} | Portal Jateng`)).toBe(titleKey(original));
  });

  it('keeps at least 20 characters: a short headline is not reduced to nothing', () => {
    expect(titleKey('Vaksin Aman - Kata BPOM')).toBe('vaksin aman kata bpom');
    expect(titleKey('Izin Edar Vaksin Nusantara - Kata BPOM')).toBe('izin edar vaksin nusantara');
  });

  it('keeps a long last clause, which is not a signature', () => {
    expect(titleKey('BPOM Terbitkan Izin Darurat — Vaksin Pertama Buatan Dalam Negeri Siap Edar')).toBe(
      'bpom terbitkan izin darurat vaksin pertama buatan dalam negeri siap edar',
    );
  });

  it('tells different headlines apart', () => {
    expect(titleKey('BPOM Sita Jamu Ilegal di Sragen')).not.toBe(titleKey('BPOM Sita Kosmetik Ilegal di Sragen'));
  });
});

describe('urlKey', () => {
  it('drops the scheme, www., tracking parameters, the fragment and a trailing slash', () => {
    expect(urlKey('https://www.kabaruji.example/berita/1/?utm_source=wa#atas')).toBe(urlKey('http://kabaruji.example/berita/1'));
  });

  it('decodes escapes, and keeps a % that starts no escape instead of failing on it', () => {
    expect(urlKey('https://kabaruji.example/berita/obat%20ilegal')).toBe('kabaruji.example/berita/obat ilegal');
    expect(urlKey('https://kabaruji.example/diskon-100%-obat')).toBe('kabaruji.example/diskon-100%-obat');
    expect(urlKey('https://kabaruji.example/100%-halal/obat%20ilegal')).toBe('kabaruji.example/100%-halal/obat ilegal');
    expect(urlKey('https://kabaruji.example/bytes-%ff')).toBe('kabaruji.example/bytes-%ff');
  });

  it('is null for something that is not an http(s) URL', () => {
    expect(urlKey('ftp://kabaruji.example/berita')).toBeNull();
    expect(urlKey('')).toBeNull();
  });
});
