/// The frame of every report page: one self-contained HTML document with its style inline,
/// no scripts, fonts or images from anywhere else.
enum HTMLPage {
    static func render(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="GapGraph">
        <title>\(HTMLText.escape(title))</title>
        <style>
        \(style)
        </style>
        </head>
        <body>
        <main>
        \(body)
        </main>
        </body>
        </html>

        """
    }

    static let style = """
        body { margin: 0; background: #fff; color: #1f2328; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
        main { max-width: 1180px; margin: 0 auto; padding: 24px 28px 56px; }
        h1 { font-size: 28px; line-height: 1.25; margin: 0 0 6px; }
        h2 { font-size: 20px; margin: 36px 0 12px; padding-bottom: 4px; border-bottom: 1px solid #d8dee4; }
        p { margin: 0 0 12px; }
        .lead { color: #59636e; }
        a { color: #0b5cad; text-decoration: none; }
        a:hover { text-decoration: underline; }
        table { width: 100%; border-collapse: collapse; font-size: 14px; margin: 0 0 8px; }
        th, td { padding: 6px 10px; border-bottom: 1px solid #e5e9ee; text-align: left; vertical-align: top; }
        th { background: #f4f6f8; font-weight: 600; }
        tbody tr:nth-child(even) { background: #fafbfc; }
        .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        tfoot td { font-weight: 600; border-top: 2px solid #d8dee4; }
        .nowrap { white-space: nowrap; }
        .muted { color: #59636e; }
        .grade { display: inline-block; padding: 0 8px; border-radius: 10px; font-size: 12px; font-weight: 600; white-space: nowrap; }
        .grade-strong { background: #d7f0dd; color: #0f5323; }
        .grade-partial { background: #fff1c2; color: #6b4e00; }
        .grade-none { background: #fbe0e0; color: #8a1c1c; }
        .cards { display: flex; gap: 16px; margin: 16px 0 8px; }
        .card { flex: 1; border: 1px solid #d8dee4; border-radius: 8px; padding: 10px 16px; }
        .card .value { font-size: 26px; font-weight: 600; }
        .card .label { color: #59636e; font-size: 13px; }
        nav { display: flex; justify-content: space-between; font-size: 14px; margin-bottom: 16px; }
        figure { margin: 0 0 8px; }
        svg { display: block; max-width: 100%; height: auto; }
        svg text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
        code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 13px; background: #f4f6f8; padding: 1px 4px; border-radius: 4px; }
        """

    static func grade(_ name: String) -> String {
        "<span class=\"grade grade-\(HTMLText.escape(name))\">\(HTMLText.escape(name))</span>"
    }
}
