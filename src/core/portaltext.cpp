#include "portaltext.h"

#include <QList>

namespace identsync {

namespace {

constexpr int kNameCharacters = 50;
constexpr int kStringCharacters = 255;
constexpr int kTextBytes = 65535;

bool isUnstorableControl(char32_t c)
{
    if (c == u'\t' || c == u'\n' || c == u'\r')
        return false;
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

int utf8Size(char32_t c)
{
    if (c < 0x80)
        return 1;
    if (c < 0x800)
        return 2;
    if (c < 0x10000)
        return 3;
    return 4;
}

} // namespace

TextLimit portalTextLimit(QStringView fieldName)
{
    if (fieldName == u"NAME" || fieldName == u"LAST_NAME" || fieldName == u"SECOND_NAME")
        return {kNameCharacters, 0};
    if (fieldName.startsWith(u"UF_") || fieldName == u"COMMENTS")
        return {0, kTextBytes};
    return {kStringCharacters, 0};
}

FittedText fitPortalText(const QString &text, TextLimit limit)
{
    FittedText out;
    // Code points, so a surrogate pair is never split.
    QList<char32_t> points;
    points.reserve(text.size());
    for (const uint c : text.toUcs4()) {
        if (isUnstorableControl(char32_t(c)))
            ++out.removedControls;
        else
            points << char32_t(c);
    }
    out.originalCharacters = points.size();

    qsizetype bytes = 0;
    for (char32_t c : std::as_const(points))
        bytes += utf8Size(c);
    const bool tooManyCharacters = limit.maxCharacters > 0 && points.size() > limit.maxCharacters;
    const bool tooManyBytes = limit.maxUtf8Bytes > 0 && bytes > limit.maxUtf8Bytes;
    if (!tooManyCharacters && !tooManyBytes) {
        out.text = QString::fromUcs4(points.constData(), points.size());
        return out;
    }

    out.cut = true;
    QList<char32_t> marker;
    for (const uint c : kCutMarker.toUcs4())
        marker << char32_t(c);
    qsizetype markerBytes = 0;
    for (char32_t c : marker)
        markerBytes += utf8Size(c);
    qsizetype keep = 0;
    qsizetype keptBytes = 0;
    const qsizetype maxKeep =
        limit.maxCharacters > 0 ? limit.maxCharacters - marker.size() : points.size();
    while (keep < points.size() && keep < maxKeep) {
        const int next = utf8Size(points.at(keep));
        if (limit.maxUtf8Bytes > 0 && keptBytes + next + markerBytes > limit.maxUtf8Bytes)
            break;
        keptBytes += next;
        ++keep;
    }
    // Cut at a word's end when one is near, so the last word is not left half.
    const bool midWord = keep < points.size() && !QChar::isSpace(points.at(keep));
    for (qsizetype back = keep; midWord && back > 0 && keep - back < 20; --back) {
        if (QChar::isSpace(points.at(back - 1))) {
            keep = back - 1;
            break;
        }
    }
    QList<char32_t> kept = points.mid(0, keep);
    kept << marker;
    out.text = QString::fromUcs4(kept.constData(), kept.size());
    return out;
}

} // namespace identsync
