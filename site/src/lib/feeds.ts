import rss, { type RSSFeedItem } from '@astrojs/rss';
import type { Article, LegalDocument, Video } from 'shared-types';
import { DOCUMENT_KIND } from './format';
import { renderMarkdown } from './markdown';
import { uploadPath, uploadSize } from './media/uploads';
import { siteData } from './data/site-data';
import { siteName } from './data/queries';
import { FEED_SIZE } from './site-constants';
import { paths } from './urls';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface FeedOptions {
  site: URL;
  title: string;
  description: string;
  /** Path of the feed itself, for atom:link rel="self". */
  selfPath: string;
}

async function enclosure(media: Article['cover']): Promise<RSSFeedItem['enclosure']> {
  if (!media) return undefined;
  return { url: uploadPath(media), length: await uploadSize(media), type: media.mime };
}

async function channel(options: FeedOptions, items: RSSFeedItem[]) {
  const self = new URL(options.selfPath, options.site).href;
  return rss({
    title: `${options.title} | ${siteName(await siteData())}`,
    description: options.description,
    site: options.site,
    items,
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>vi</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
  });
}

/** RSS 2.0 of articles: lead as description, sanitized body as content:encoded, cover as enclosure. */
export async function articleFeed(options: FeedOptions, articles: readonly Article[]) {
  const items = await Promise.all(
    articles.slice(0, FEED_SIZE).map(async (article) => ({
      title: article.title,
      link: paths.article(article.slug),
      pubDate: new Date(article.date),
      description: article.lead,
      content: renderMarkdown(article.body, { origin: options.site.origin }),
      enclosure: await enclosure(article.cover),
      // RSS's <author> must be an e-mail address; a byline is a name, so it goes in dc:creator.
      customData: `<guid isPermaLink="false">urn:hoilhpn:article:${article.documentId}</guid>${article.byline ? `<dc:creator>${escapeXml(article.byline)}</dc:creator>` : ''}`,
    })),
  );
  return channel(options, items);
}

/** RSS 2.0 of videos. */
export async function videoFeed(options: FeedOptions, videos: Video[]) {
  const items = await Promise.all(
    videos.slice(0, FEED_SIZE).map(async (video) => ({
      title: video.title,
      link: paths.video(video.slug),
      pubDate: new Date(video.date),
      description: video.description ?? video.title,
      enclosure: await enclosure(video.thumbnail),
      customData: `<guid isPermaLink="false">urn:hoilhpn:video:${video.documentId}</guid>`,
    })),
  );
  return channel(options, items);
}

/** RSS 2.0 of documents: kind and number as the title, the summary (trích yếu), dated the day of issue. */
export async function documentFeed(options: FeedOptions, documents: readonly LegalDocument[]) {
  const items = documents.slice(0, FEED_SIZE).map((doc) => ({
    title: `${DOCUMENT_KIND[doc.kind] ?? doc.kind} số ${doc.number}: ${doc.summary}`,
    link: paths.document(doc.slug),
    pubDate: new Date(`${doc.issuedOn}T00:00:00+07:00`),
    description: doc.summary,
    customData: `<guid isPermaLink="false">urn:hoilhpn:document:${doc.documentId}</guid>`,
  }));
  return channel(options, items);
}
