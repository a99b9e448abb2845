/** Small invented news pages for the HTML tests (no real article text). */

const chrome = (body: string, head = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour Gazette</title>${head}</head>
<body>
<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/local">Local news and more from the valley</a></li></ul></nav>
<header class="masthead"><p>The Harbour Gazette — your town, every morning since the old days of the tram line</p></header>
${body}
<aside class="related"><h2>Most read</h2><p><a href="/a">Ferry timetable changes for the winter season announced today</a></p></aside>
<section class="comments"><p>What a lovely story, thank you so much for writing it up for all of us here.</p></section>
<footer><p>Copyright The Harbour Gazette. All rights reserved, reproduction of any part forbidden.</p></footer>
</body></html>`

/** A page with JSON-LD, Open Graph, a lead photo, two sections and a share bar. */
export const fullPage = chrome(
  `<main><article>
<h1 class="headline">Lighthouse keeper retires after forty years</h1>
<p class="standfirst">The town thanks the woman who kept the lamp burning through every storm.</p>
<div class="byline">By <a rel="author" href="/staff/mara">Mara Quill</a></div>
<figure class="lead"><img src="lamp.jpg" alt=""><figcaption>Edda Nyberg climbs the tower stairs on Monday. <span class="credit">Photo: Tom Ash</span></figcaption></figure>
<div class="share-bar"><a href="#">Share on social media with your friends and family today</a></div>
<div class="story-body">
<p>PORTVIK, May 2 (Gazette) — Edda Nyberg climbed the 112 steps of the north lighthouse for the last time on Monday, ending four decades of service.</p>
<p>“The sea never asked me how I felt,” she said, “and I never asked it either.”</p>
<div class="ad-slot"><p>Advertisement</p></div>
<h2>A life on the rocks</h2>
<p>She arrived as a relief keeper in the winter of her twenty-first year and stayed when the regular keeper fell ill.</p>
<p>Over the years she logged every passing ship by hand, in ledgers now kept at the town museum &amp; library.</p>
<h2>What comes next</h2>
<p>The lamp has been automated, and the council says the tower will open to visitors next spring.</p>
<p>Nyberg plans to move inland, to a cottage with <q>no view of the water at all</q>.</p>
</div>
</article></main>`,
  `<meta property="og:title" content="Lighthouse keeper retires after forty years | Harbour Gazette">
<meta name="description" content="The town thanks the woman who kept the lamp burning through every storm.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Lighthouse keeper retires after forty years","datePublished":"2024-05-02T08:00:00Z","author":[{"@type":"Person","name":"Mara Quill"}]}</script>`
)

/** A page with no metadata at all: everything from the content. */
export const barePage = chrome(`<div id="content">
<h1>Bakery wins regional bread prize</h1>
<p>A family bakery on Mill Street won first prize at the regional bread fair on Saturday, beating forty other entries.</p>
<p>The winning loaf, a dark rye with caraway, took three days to make, the owners said after the ceremony.</p>
<p>They plan to sell it every Friday from next month, while stocks of the special flour last.</p>
</div>`)

/** A fragment, not a whole page. */
export const fragment = `<article><h1>Rail line reopens</h1><p>Trains ran again on the coast line on Tuesday after a month of repairs to the sea wall.</p><p>Passengers cheered as the first service left the station a few minutes late.</p></article>`

/** An invented story with `media` placed between its second and third paragraphs. */
export const storyWith = (media: string): string => `<!doctype html><html><head><title>Orchard Weekly</title></head><body>
<nav><a href="/">Home</a> <a href="/farms">Farms</a></nav>
<article><h1>Cider orchard opens its gates to pickers</h1>
<div class="story">
<p>The hillside orchard above Wenbrook welcomed its first volunteer pickers on Saturday, after a wet spring.</p>
<p>More than two hundred people signed up in a week, the owners said, far more than they had hoped for.</p>
${media}
<p>Pickers were paid in apples and a bottle of last year's cider for every full crate they carried down.</p>
<p>The owners plan to open the orchard again next autumn, and perhaps in spring for the blossom as well.</p>
</div></article>
<footer><p>Orchard Weekly is printed in the valley every Thursday for the villages around it.</p></footer>
</body></html>`
