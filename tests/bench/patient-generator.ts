/**
 * Synthetic, patient-sized rows for the benchmarks: Malaysian-looking names (Malay, Chinese,
 * Indian), MyKad-shaped identity numbers (YYMMDD-PB-###G) and addresses of about 80 characters.
 * Deterministic: the same seed always gives the same rows, and nothing here touches
 * Math.random or crypto, so two runs (and two machines) measure the same data.
 */

export interface BenchPatient {
  id: string;
  mrn: string;
  fullName: string;
  identityNo: string;
  dateOfBirth: string;
  sex: 'M' | 'F';
  phone: string;
  email: string | null;
  address: string;
  allergies: string;
  createdAt: string;
}

/** sfc32: small, fast and well distributed; seeded through splitmix32 so any integer seed will do. */
export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let state = seed >>> 0;
    const splitmix = (): number => {
      state = (state + 0x9e3779b9) >>> 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = splitmix();
    this.b = splitmix();
    this.c = splitmix();
    this.d = splitmix();
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.nextUint32() / 4_294_967_296;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** A version-4-shaped UUID drawn from this generator. */
  uuid(): string {
    const hex = Array.from({ length: 4 }, () => this.nextUint32().toString(16).padStart(8, '0')).join('');
    const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}

const MALAY_MALE = ['Muhammad Hafiz', 'Ahmad Faiz', 'Mohd Azlan', 'Amirul Hakim', 'Syafiq', 'Khairul Anuar', 'Faizal', 'Hakimi', 'Zulkifli', 'Iskandar', 'Aiman', 'Danial'];
const MALAY_FEMALE = ['Nur Aisyah', 'Siti Nurhaliza', 'Nurul Izzah', 'Farah Nadia', 'Aminah', 'Zarina', 'Nor Azizah', 'Puteri Balqis', 'Hidayah', 'Syazwani', 'Aina', 'Sofea'];
const MALAY_FATHERS = ['Abdullah', 'Ahmad', 'Ismail', 'Hassan', 'Ibrahim', 'Yusof', 'Omar', 'Rahman', 'Hamzah', 'Zainal', 'Sulaiman', 'Razak', 'Mahmud', 'Kassim'];
const CHINESE_SURNAMES = ['Tan', 'Lim', 'Lee', 'Wong', 'Ng', 'Chong', 'Ong', 'Teoh', 'Goh', 'Chan', 'Yap', 'Koh', 'Low', 'Cheah', 'Khoo'];
const CHINESE_MALE = ['Wei Ming', 'Jun Hao', 'Kah Seng', 'Chee Keong', 'Boon Huat', 'Zhi Hao', 'Yong Sheng', 'Kok Leong', 'Jia Jun'];
const CHINESE_FEMALE = ['Mei Ling', 'Xin Yi', 'Hui Min', 'Siew Lan', 'Pei Shan', 'Li Ying', 'Wai Yee', 'Jia Xin', 'Shu Fen'];
const INDIAN_MALE = ['Rajesh', 'Suresh', 'Kumar', 'Arjun', 'Ganesh', 'Vijay', 'Prakash', 'Saravanan', 'Mahendran', 'Dinesh'];
const INDIAN_FEMALE = ['Priya', 'Kavitha', 'Lakshmi', 'Devi', 'Anitha', 'Shanti', 'Malathi', 'Revathi', 'Nirmala', 'Thivya'];
const INDIAN_FATHERS = ['Subramaniam', 'Krishnan', 'Muthusamy', 'Ramasamy', 'Govindasamy', 'Rajendran', 'Arumugam', 'Selvaraj', 'Pillai', 'Nair'];

const STREETS = ['Jalan Bunga Raya', 'Jalan SS2', 'Jalan Tun Razak', 'Jalan Ampang', 'Lorong Maarof', 'Jalan Kenanga', 'Jalan Melati', 'Jalan Setia Murni', 'Persiaran Kewajipan', 'Jalan Damai'];
const TAMAN = ['Taman Sri Muda', 'Taman Tun Dr Ismail', 'Taman Melawati', 'Bandar Utama', 'Taman Desa', 'Taman Connaught', 'Bandar Baru Bangi', 'Taman Bukit Indah', 'Taman Sentosa'];
const TOWNS = [
  { postcode: '40400', town: 'Shah Alam', state: 'Selangor', birthplace: '10' },
  { postcode: '47300', town: 'Petaling Jaya', state: 'Selangor', birthplace: '10' },
  { postcode: '56000', town: 'Cheras', state: 'W.P. Kuala Lumpur', birthplace: '14' },
  { postcode: '10450', town: 'George Town', state: 'Pulau Pinang', birthplace: '07' },
  { postcode: '30450', town: 'Ipoh', state: 'Perak', birthplace: '08' },
  { postcode: '80100', town: 'Johor Bahru', state: 'Johor', birthplace: '01' },
  { postcode: '75400', town: 'Melaka', state: 'Melaka', birthplace: '04' },
  { postcode: '25200', town: 'Kuantan', state: 'Pahang', birthplace: '06' },
  { postcode: '15050', town: 'Kota Bharu', state: 'Kelantan', birthplace: '03' },
  { postcode: '88000', town: 'Kota Kinabalu', state: 'Sabah', birthplace: '12' },
  { postcode: '93350', town: 'Kuching', state: 'Sarawak', birthplace: '13' },
];
const ALLERGENS = ['Penicillin', 'Amoxicillin', 'Sulfonamides', 'Aspirin', 'Ibuprofen', 'Diclofenac', 'Codeine', 'Seafood', 'Peanuts', 'Latex', 'Iodine contrast'];
const MAIL_DOMAINS = ['gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com'];
const MOBILE_PREFIXES = ['11', '12', '13', '14', '16', '17', '18', '19'];

const CREATED_FROM = Date.UTC(2018, 0, 1);
const CREATED_SPAN_MS = 8 * 365 * 24 * 3_600_000;

/** Makes distinct patients one after another; identity numbers never repeat within one generator. */
export class PatientGenerator {
  private readonly random: SeededRandom;
  private readonly identities = new Set<string>();
  private sequence = 0;

  constructor(seed: number) {
    this.random = new SeededRandom(seed);
  }

  next(): BenchPatient {
    const r = this.random;
    this.sequence += 1;
    const sex = r.chance(0.5) ? 'M' : 'F';
    const { fullName, emailStem } = this.name(sex);
    const home = r.pick(TOWNS);
    const born = new Date(Date.UTC(r.int(1940, 2024), r.int(0, 11), r.int(1, 28)));
    const dateOfBirth = born.toISOString().slice(0, 10);
    return {
      id: r.uuid(),
      mrn: `MRN${String(this.sequence).padStart(7, '0')}`,
      fullName,
      identityNo: this.identityNo(dateOfBirth, sex, home.birthplace),
      dateOfBirth,
      sex,
      phone: `+60 ${r.pick(MOBILE_PREFIXES)}-${r.int(100, 999)} ${r.int(1000, 9999)}`,
      email: r.chance(0.7) ? `${emailStem}${r.int(1, 999)}@${r.pick(MAIL_DOMAINS)}` : null,
      address: `No. ${r.int(1, 250)}, ${r.pick(STREETS)} ${r.int(1, 30)}, ${r.pick(TAMAN)}, ${home.postcode} ${home.town}, ${home.state}`,
      allergies: JSON.stringify(r.chance(0.8) ? [] : Array.from({ length: r.int(1, 3) }, () => r.pick(ALLERGENS))),
      createdAt: new Date(CREATED_FROM + Math.floor(r.next() * CREATED_SPAN_MS)).toISOString(),
    };
  }

  many(count: number): BenchPatient[] {
    return Array.from({ length: count }, () => this.next());
  }

  private name(sex: 'M' | 'F'): { fullName: string; emailStem: string } {
    const r = this.random;
    const community = r.next();
    if (community < 0.6) {
      const given = r.pick(sex === 'M' ? MALAY_MALE : MALAY_FEMALE);
      return { fullName: `${given} ${sex === 'M' ? 'bin' : 'binti'} ${r.pick(MALAY_FATHERS)}`, emailStem: stem(given) };
    }
    if (community < 0.85) {
      const surname = r.pick(CHINESE_SURNAMES);
      const given = r.pick(sex === 'M' ? CHINESE_MALE : CHINESE_FEMALE);
      return { fullName: `${surname} ${given}`, emailStem: stem(`${given}${surname}`) };
    }
    const given = r.pick(sex === 'M' ? INDIAN_MALE : INDIAN_FEMALE);
    return { fullName: `${given} ${sex === 'M' ? 'a/l' : 'a/p'} ${r.pick(INDIAN_FATHERS)}`, emailStem: stem(given) };
  }

  /** YYMMDD-PB-###G: the last digit is odd for men and even for women, as on a MyKad. */
  private identityNo(dateOfBirth: string, sex: 'M' | 'F', birthplace: string): string {
    const yymmdd = `${dateOfBirth.slice(2, 4)}${dateOfBirth.slice(5, 7)}${dateOfBirth.slice(8, 10)}`;
    for (;;) {
      const gender = 2 * this.random.int(0, 4) + (sex === 'M' ? 1 : 0);
      const candidate = `${yymmdd}-${birthplace}-${String(this.random.int(0, 999)).padStart(3, '0')}${gender}`;
      if (!this.identities.has(candidate)) {
        this.identities.add(candidate);
        return candidate;
      }
    }
  }
}

function stem(name: string): string {
  return name.toLowerCase().replace(/[^a-z]/g, '');
}
