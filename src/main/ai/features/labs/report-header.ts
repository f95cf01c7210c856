/**
 * A lab report's header names the patient in the lab's own way ("SITI NURHALIZA BT ABDULLAH",
 * "I/C No. : 850312-14-5678", a lab number the record has never seen). Before the report goes to a
 * model, the value of every identifying header field is replaced here; the redaction chain then
 * runs over what is left as over any text.
 */

const IDENTIFYING_LABELS: readonly [RegExp, string][] = [
  [/^(?:patient(?:'s)?\s*)?(?:full\s*)?name$|^nama(?: pesakit)?$|^patient$/i, 'NAME'],
  [/^(?:i\/?c|nric|mykad|no\.?\s*k\/?p|kad pengenalan|passport|aadhaar|id)(?:\s*no\.?)?$/i, 'ID'],
  [/^(?:lab|laboratory|specimen|sample|accession|episode|ref|reference|report|mrn|patient id|request)(?:\.?\s*(?:no|ref|id|number))?\.?$/i, 'LAB_NO'],
  [/^(?:dob|d\.o\.b\.?|date of birth|tarikh lahir|birth date)$/i, 'DOB'],
  [/^(?:address|alamat)$/i, 'ADDRESS'],
  [/^(?:tel|phone|h\/?p|mobile|contact)(?:\s*no\.?)?$/i, 'PHONE'],
];

/** "Name      :", "I/C No. :", "Lab Ref:" — up to three words before a colon that is not part of a word ("TC:HDL"). */
const LABEL = /(^|\s)([A-Za-z][A-Za-z/.'()]*(?: [A-Za-z][A-Za-z/.'()]*){0,2})\s*:(?=\s|$)/g;

function tokenFor(label: string): string | null {
  const found = IDENTIFYING_LABELS.find(([pattern]) => pattern.test(label.trim()));
  return found ? `[REPORT_${found[1]}]` : null;
}

/** One line with each identifying field's value replaced; a value ends at the next label, a wide gap, or the line's end. */
function lineWithoutIdentifiers(line: string): string {
  const labels = [...line.matchAll(LABEL)].map((match) => {
    const start = (match.index ?? 0) + match[1].length;
    // "PRIYA A/P SUBRAMANIAM Aadhaar:" — the label is the words the colon belongs to, not the name before them.
    const words = match[2].split(' ');
    const own = words.findIndex((_, k) => tokenFor(words.slice(k).join(' ')) !== null);
    const skipped = own > 0 ? words.slice(0, own).join(' ').length + 1 : 0;
    return { start: start + skipped, end: (match.index ?? 0) + match[0].length, label: own >= 0 ? words.slice(own).join(' ') : match[2] };
  });
  if (labels.length === 0) return line;
  let out = line.slice(0, labels[0].start);
  labels.forEach((label, i) => {
    const segmentEnd = labels[i + 1]?.start ?? line.length;
    const segment = line.slice(label.end, segmentEnd);
    const token = tokenFor(label.label);
    if (!token) {
      out += line.slice(label.start, segmentEnd);
      return;
    }
    const gap = /\t|\s{2,}/.exec(segment.replace(/^\s+/, ''));
    const lead = segment.length - segment.replace(/^\s+/, '').length;
    const valueEnd = gap ? lead + gap.index : segment.trimEnd().length;
    out += `${line.slice(label.start, label.end)}${segment.slice(0, lead)}${token}${segment.slice(valueEnd)}`;
  });
  return out;
}

export function withoutReportIdentifiers(report: string): string {
  return report.split(/\r?\n/).map(lineWithoutIdentifiers).join('\n');
}
