#include "models/domain/KoreanParticles.h"

#include <array>

namespace {
struct Marker
{
    QStringView text;
    QStringView afterConsonant;
    QStringView afterVowel;
    // 로 after ㄹ, as after a vowel ("서울로", not "서울으로"); the other pairs follow the consonant.
    bool rieulTakesVowelForm;
};

constexpr char16_t kYi[] = u"이(가)";
constexpr char16_t kEul[] = u"을(를)";
constexpr char16_t kEun[] = u"은(는)";
constexpr char16_t kGwa[] = u"과(와)";
constexpr char16_t kWa[] = u"와(과)";
constexpr char16_t kEuro[] = u"(으)로";

const std::array<Marker, 6> &markers()
{
    static const std::array<Marker, 6> all{{
        {kYi, u"이", u"가", false},
        {kEul, u"을", u"를", false},
        {kEun, u"은", u"는", false},
        {kGwa, u"과", u"와", false},
        {kWa, u"과", u"와", false},
        {kEuro, u"으로", u"로", true},
    }};
    return all;
}

KoreanParticles::Ending endingOfHangul(QChar syllable)
{
    const int finalIndex = (syllable.unicode() - 0xAC00) % 28;
    if (finalIndex == 0)
        return KoreanParticles::Ending::Vowel;
    return finalIndex == 8 ? KoreanParticles::Ending::Rieul : KoreanParticles::Ending::Consonant;
}

KoreanParticles::Ending endingOfNumber(QStringView digits)
{
    using Ending = KoreanParticles::Ending;
    qsizetype zeros = 0;
    while (zeros < digits.size() && digits.at(digits.size() - 1 - zeros) == QLatin1Char('0'))
        ++zeros;
    if (zeros == digits.size())
        return Ending::Consonant; // 영
    if (zeros == 0) {
        // 영 일 이 삼 사 오 육 칠 팔 구
        static constexpr std::array<Ending, 10> units{
            Ending::Consonant, Ending::Rieul,     Ending::Vowel, Ending::Consonant, Ending::Vowel,
            Ending::Vowel,     Ending::Consonant, Ending::Rieul, Ending::Rieul,     Ending::Vowel};
        return units.at(static_cast<std::size_t>(digits.last().digitValue()));
    }
    switch (zeros % 4) {
    case 1: // 십
    case 2: // 백
    case 3: // 천
        return Ending::Consonant;
    default:
        // 만, 억, 조, 경: 조 alone ends in a vowel
        return zeros % 16 == 12 ? Ending::Vowel : Ending::Consonant;
    }
}

KoreanParticles::Ending endingOfLatin(QStringView letters)
{
    using Ending = KoreanParticles::Ending;
    const QChar last = letters.last();
    const bool spelledOut =
        letters.size() == 1 || (letters.at(letters.size() - 2).isUpper() && last.isUpper());
    const char16_t lower = last.toLower().unicode();
    if (spelledOut) {
        if (lower == u'l' || lower == u'r')
            return Ending::Rieul; // 엘, 알
        if (lower == u'm' || lower == u'n')
            return Ending::Consonant; // 엠, 엔
        return Ending::Vowel;
    }
    if (lower == u'l')
        return Ending::Rieul;
    if (lower == u'm' || lower == u'n')
        return Ending::Consonant;
    if (lower == u'g' && letters.size() >= 2 && letters.at(letters.size() - 2).toLower() == QLatin1Char('n'))
        return Ending::Consonant;
    if (lower == u'k' && letters.size() >= 2 && letters.at(letters.size() - 2).toLower() == QLatin1Char('c'))
        return Ending::Consonant;
    return Ending::Vowel;
}

bool isClosing(QChar c)
{
    return QStringView(u"\"')]}>»”’」』").contains(c);
}
} // namespace

KoreanParticles::Ending KoreanParticles::endingOf(QStringView word)
{
    qsizetype end = word.size();
    while (end > 0 && isClosing(word.at(end - 1)))
        --end;
    if (end == 0)
        return Ending::Unknown;
    const QChar last = word.at(end - 1);
    if (last.unicode() >= 0xAC00 && last.unicode() <= 0xD7A3)
        return endingOfHangul(last);
    const auto runOf = [&](auto belongs) {
        qsizetype start = end;
        while (start > 0 && belongs(word.at(start - 1)))
            --start;
        return word.sliced(start, end - start);
    };
    if (last.unicode() >= u'0' && last.unicode() <= u'9')
        return endingOfNumber(runOf([](QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }));
    const auto isLatin = [](QChar c) {
        return (c.unicode() >= u'a' && c.unicode() <= u'z') || (c.unicode() >= u'A' && c.unicode() <= u'Z');
    };
    if (isLatin(last))
        return endingOfLatin(runOf(isLatin));
    return Ending::Unknown;
}

QString KoreanParticles::attach(const QString &word, QStringView marker)
{
    for (const Marker &known : markers()) {
        if (known.text != marker)
            continue;
        switch (endingOf(word)) {
        case Ending::Vowel:
            return word + known.afterVowel.toString();
        case Ending::Rieul:
            return word + (known.rieulTakesVowelForm ? known.afterVowel : known.afterConsonant).toString();
        case Ending::Consonant:
            return word + known.afterConsonant.toString();
        case Ending::Unknown:
            break;
        }
        break;
    }
    return word + marker.toString();
}

QString KoreanParticles::fitted(const QString &text)
{
    // Markers are rare and only in Korean: most texts go back untouched, without a copy.
    if (!text.contains(u"(") || !text.contains(u")"))
        return text;
    QString result;
    qsizetype done = 0;
    for (qsizetype at = 0; at < text.size(); ++at) {
        for (const Marker &marker : markers()) {
            if (!QStringView(text).sliced(at).startsWith(marker.text))
                continue;
            const QString before = text.sliced(done, at - done);
            // The word is what precedes the marker up to the last space: endingOf reads its end.
            result += attach(before, marker.text);
            done = at + marker.text.size();
            at = done - 1;
            break;
        }
    }
    if (done == 0)
        return text;
    result += text.sliced(done);
    return result;
}
