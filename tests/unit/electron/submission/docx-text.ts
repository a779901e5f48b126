import yauzl from 'yauzl';

/** Reads one entry of a zip (a .docx) as text. */
async function readEntry(file: string, name: string): Promise<string> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => yauzl.open(file, { lazyEntries: true }, (e, z) => (e ? reject(e) : resolve(z))));
  try {
    return await new Promise<string>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== name) return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => {
          if (e) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        });
      });
      zip.on('end', () => reject(new Error(`${name} is not in ${file}`)));
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/**
 * The paragraphs of a Word document as Word stores them (word/document.xml), and which of them
 * are headings (a Heading or Title paragraph style): an independent reading of what was written.
 */
export async function docxText(file: string): Promise<{ headings: string[]; paragraphs: string[] }> {
  const xml = await readEntry(file, 'word/document.xml');
  const headings: string[] = [];
  const paragraphs: string[] = [];
  for (const [p] of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)) {
    const text = unescape([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => m[1] ?? '\n').join(''));
    const style = /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? '';
    (/^(Heading\d|Title)$/.test(style) ? headings : paragraphs).push(text);
  }
  return { headings, paragraphs };
}
