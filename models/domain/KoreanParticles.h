#pragma once

#include <QString>
#include <QStringView>

// Korean particles that depend on how the word before them ends: 이/가, 을/를, 은/는, 과/와, 으로/로.
// Translations write them as a marker right after a word only known at run time ("%1이(가)",
// "%1을(를)", "%1은(는)", "%1과(와)", "%1와(과)", "%1(으)로"); fitted() replaces each marker with the
// form the word takes once the arguments are in, so a clerk reads "예약 7NYW가" and not "7NYW이(가)".
// Text without markers (every English text) comes back unchanged.
//
// How a word ends is read from its last character, past closing quotes and brackets:
// - a Hangul syllable by its final consonant (받침); ㄹ is told apart because it takes 로, not 으로;
// - digits by how the number is read in Sino-Korean: 1 일, 2 이, 3 삼, 4 사, 5 오, 6 육, 7 칠, 8 팔,
//   9 구, 0 영, and trailing zeros by their unit: 10 십, 100 백, 1000 천, 10^4 만, 10^8 억, 10^12 조;
// - a Latin acronym or single letter (last two letters upper case) by the letter's Korean name:
//   L 엘 and R 알 end in ㄹ, M 엠 and N 엔 in another consonant, every other letter in a vowel (에이, 비…);
// - another Latin word by its spelling: -l in ㄹ, -m, -n, -ng, -ck in another consonant, else a vowel
//   ("admin" 어드민이, "server" 서버가, "file" is read as a vowel ending: a guess, but a readable one);
// - anything else (no word, a symbol, another script) keeps the marker as written: both forms show.
class KoreanParticles final
{
public:
    enum class Ending { Vowel, Rieul, Consonant, Unknown };

    static Ending endingOf(QStringView word);
    // `word` followed by the form of `marker` ("이(가)", "을(를)", "(으)로"…) that fits it.
    static QString attach(const QString &word, QStringView marker);
    // Every marker in `text` replaced by the form that fits the word before it.
    static QString fitted(const QString &text);
};
