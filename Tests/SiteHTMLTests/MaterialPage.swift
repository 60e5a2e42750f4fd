/// Wraps article content in the chrome MkDocs Material puts around every page, so each test
/// states only the content it is about while the extractor still sees a real page's shape.
func materialPage(title: String = "Consensus - Compendium", head: String = "", article: String) -> [UInt8] {
    let html = """
        <!doctype html>
        <html lang="en" class="no-js">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width,initial-scale=1">
          \(head)
          <title>\(title)</title>
          <link rel="stylesheet" href="../../assets/stylesheets/main.css">
        </head>
        <body dir="ltr">
          <header class="md-header"><nav class="md-header__inner"><a href="/">Compendium</a> Search the site</nav></header>
          <div class="md-container">
            <main class="md-main">
              <div class="md-sidebar md-sidebar--primary"><nav class="md-nav"><a href="../leader-election/">Leader Election</a> Navigation words</nav></div>
              <div class="md-sidebar md-sidebar--secondary"><nav class="md-nav md-nav--secondary">Table of contents <a href="#problem">Problem</a></nav></div>
              <div class="md-content">
                <article class="md-content__inner md-typeset">
                  <a href="https://github.com/example/edit/main/docs/consensus.md" title="Edit this page" class="md-content__button md-icon">edit</a>
                  \(article)
                </article>
              </div>
            </main>
            <footer class="md-footer"><nav class="md-footer__inner"><a href="../next/">Next page</a> Copyright words</nav></footer>
          </div>
          <script src="../../assets/javascripts/bundle.js"></script>
          <script>var analytics = "not content";</script>
        </body>
        </html>
        """
    return Array(html.utf8)
}
