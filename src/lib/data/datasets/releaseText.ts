import text from '../../../../seeds/000_f6935ff67abff69e.txt?raw';

/** The press release, byte for byte as in seeds/: the primary source every release figure quotes. */
export const releaseText: string = text;
