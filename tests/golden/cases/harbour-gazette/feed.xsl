<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom" exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="UTF-8" indent="yes"/>
  <xsl:template match="/">
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="atom:feed/atom:title | rss/channel/title"/> (web feed)</title>
        <style>
          body { font: 16px/1.5 system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
          .about { background: #fff8dc; border: 1px solid #e5d9a8; padding: .8rem 1rem; }
          li { margin: .6rem 0; } .muted { color: #666; font-size: .9rem; }
        </style>
      </head>
      <body>
        <p class="about"><strong>This is a web feed.</strong> Subscribe by copying the address of this page
          into your feed reader (Miniflux, FreshRSS, NetNewsWire, newsboat...). New stories then come to you.
          <a href="index.html">All feeds</a></p>
        <h1><xsl:value-of select="atom:feed/atom:title | rss/channel/title"/></h1>
        <ul>
          <xsl:for-each select="atom:feed/atom:entry">
            <li>
              <a class="title" href="{atom:link[not(@rel) or @rel='alternate']/@href}">
                <xsl:value-of select="atom:title"/></a>
              <div class="muted"><xsl:value-of select="substring(atom:published, 1, 10)"/></div>
              <div><xsl:value-of select="atom:summary"/></div>
            </li>
          </xsl:for-each>
          <xsl:for-each select="rss/channel/item">
            <li>
              <a class="title" href="{link}"><xsl:value-of select="title"/></a>
              <div class="muted"><xsl:value-of select="pubDate"/></div>
              <div><xsl:value-of select="description"/></div>
            </li>
          </xsl:for-each>
        </ul>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
