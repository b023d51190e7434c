package org.cpdkit.anonymise;

/**
 * The words the name model asks about beyond {@link Vocabulary}: titles that belong inside a
 * name's span, judicial titles and post-nominal letters, name particles, the words that make a run
 * of capitalised words an organisation or a thing, mythological and fictional figures, idioms, and
 * the roles of parties to proceedings. Held in the vocabulary's table beside its flags, so each
 * word's name-word flags are found once, while tokenising.
 */
final class NameWords {
  static final int PERSONAL_TITLE = 1; // Mr, Mrs, Dr: written inside the name's span
  static final int JUDICIAL = 1 << 1; // Justice, Judge, HHJ: a name follows
  static final int POST_NOMINAL = 1 << 2; // LJ, J, KC, QC: a name comes before
  static final int PARTICLE = 1 << 3; // Ó, Ní, Mac, van, de: joins the parts of a name
  static final int ORG_END = 1 << 4; // Solicitors, LLP, Ltd, Trust: ends an organisation's name
  static final int ORG_OF = 1 << 5; // Borough, Directorate, Church (of …): an organisation or place
  static final int MYTH = 1 << 6; // Athena, Hermes, Santa: names of things, not people
  static final int IDIOM = 1 << 7; // the name words of idioms (Jack of all trades)
  static final int PARTY = 1 << 8; // applicant, respondent: a party named before it
  static final int THING_BEFORE = 1 << 9; // Storm, HMS: the next capitalised word is a thing
  static final int GAELIC = 1 << 10; // Ó, Ní, Nic, Mac, Ua: a capitalised name follows
  static final int IDIOM_PART = 1 << 11; // any word of an idiom but its function words
  static final int OF_ABROAD = 1 << 12; // di, de, du, van: "of" after an organisation word abroad
  static final int TLD = 1 << 13; // com, org, uk: after a dot, the end of a host name
  static final int WEATHER = 1 << 14; // storm, hurricane: a storm's name may follow later
  static final int ROSTER = 1 << 15; // Present:, Apologies:, Attendees:: a list of people follows
  static final int GREETING = 1 << 16; // Dear, Hi, Thanks: the one greeted may follow
  static final int THING_NOUN = 1 << 17; // studio, books, review: the Harry Potter studio
  static final int SIGN_OFF = 1 << 18; // regards, wishes, thanks: who signs may follow on a line
  static final int RESIDES = 1 << 19; // lives, moved: a street may follow (lives on Elm Road)
  static final int PLATFORM = 1 << 20; // Instagram, Snapchat: a handle may follow (Snapchat: jess)
  static final int SPOKEN_ZERO = 1 << 21; // oh, zero, nought: a number read aloud may start
  static final int BODY_CONTEXT = 1 << 22; // instructed, Member, Lab: a firm or a seat may be near

  private NameWords() {}

  /**
   * Adds these words to the second set of flags of the vocabulary's table, so that the tokenizer
   * finds a word's vocabulary and name-word flags with one look-up ({@link Tokens#words}).
   */
  static void addTo(Lexicon v) {
    add(v, PERSONAL_TITLE, "mr mrs ms miss mx dr prof professor sir dame lord lady sister matron"
        // the Rt Hon, the Hon. Mrs Justice: an honorific before a title, never the name
        + " hon honourable"
        + " baroness pastor imam rabbi reverend rev revd canon bishop");
    add(v, JUDICIAL, "justice judge hhj dj recorder honour justices judges");
    add(v, POST_NOMINAL, "lj ljs j jj ljj p lcj mr vp kc qc jsc obe mbe cbe dbe frcp frcpsych phd");
    add(v, PARTICLE, "ó ni ní nic mac mc ua uí van von der den de da di del della du le la al el bin"
        + " bint binti ibn ap ferch ben do dos das");
    add(v, GAELIC, "ó ní nic mac ua uí");
    add(v, ORG_END, "solicitors solicitor llp ltd limited plc inc llc gmbh ag ab as asa sa sas bv nv"
        + " spa srl oy kft co company companies trust trusts council councils directorate"
        + " partnership partnerships board boards hospital hospitals aid cross chambers associates"
        + " consulting consultants holdings group services service marine lodge school schools"
        + " academy college university centre center clinic surgery practice foundation society"
        + " charity network institute agency authority commission court courts tribunal police"
        + " constabulary fostering adoption housing homes care healthcare health nursing"
        + " partners law legal bank insurance solutions systems technologies media press radio"
        + " news times gazette herald church mosque temple synagogue club fc united rovers"
        + " city primary infants juniors nursery library museum hall house office department"
        + " ministry unit team teams forum panel alliance federation union association hub"
        + " project programme scheme fund estates estate park garden gardens street road lane market"
        + " infirmary observatory convention voice villages boots square suite building"
        + " county parish wing annexe pavilion lounge"
        + " auditorium room rooms centre way close crescent avenue drive terrace place grammar"
        + " towers tower line publishers publishing recruitment motors inspectorate albion athletic"
        + " wanderers hotspur argyle kart moor subgroup subcommittee"
        // Whānau Ora, Kāinga Ora, Te Whatu Ora: bodies of Aotearoa
        + " ora"
        // Chaudhry & Sons Haulage
        + " sons daughters"
        // Clifton Suspension Bridge, Bara Taxi Rank, Sai Baba Mandir, Chhath Puja
        + " bridge viaduct pier quay wharf docks harbour marina station airport stadium arena"
        + " rank mandir masjid gurdwara puja mela"
        // Welsh: the word that ends a school's, a hall's or a home's name in English comes first
        + " ysgol plas neuadd canolfan ysbyty meddygfa capel eglwys cyngor hafan");
    add(v, ORG_OF, "università universidad universidade université universität universiteit"
        + " universitat uniwersytet universitet univerzita egyetem istituto instituto institut"
        + " hôpital hospital ospedale");
    add(v, OF_ABROAD, "di de du des del della da do dos das van");
    add(v, ORG_OF, "borough boroughs directorate council church university college republic kingdom"
        + " county city isle department ministry office bank duchy state states province region"
        + " district municipality commonwealth federation friends society institute school");
    // figures of myth and fiction that are seldom a child's name; Freya, Phoenix, Juno, Krishna,
    // Shiva and the like are given names in Britain too, and are judged as other names are
    add(v, MYTH, "athena hermes zeus minerva mercury ariadne pandora odin thor"
        + " isis osiris aphrodite poseidon titan pegasus prometheus"
        + " hercules achilles medusa nemesis janus vulcan neptune santa cinderella rapunzel"
        + " pinocchio sherlock gandalf merlin hades demeter eros cupid"
        + " athene olympus valhalla loki brahma ra anubis horus"
        + " dumbledore frankenstein dracula scrooge peter-pan tinkerbell allah allahu majesty"
        + " spider-man spiderman batman superman pikachu shrek rumpelstiltskin voldemort"
        + " gruffalo diogenes greensleeves lego"
        // a Cub pack's leaders take Jungle Book names; planets; gods of Aotearoa and of India
        + " akela baloo bagheera jupiter saturn māui tāne tangaroa ranginui papatūānuku durga"
        + " hanuman"
        // a ship, then a generation and its scandal
        + " windrush");
    add(v, IDIOM, "jack parker bob thomas judy peter paul tom dick harry alec bloggs doe joe john"
        + " jane johnny billy robinson heath lad stevens right big");
    add(v, PARTY, "applicant applicants respondent respondents claimant claimants appellant"
        + " appellants intervener defendant petitioner deceased father mother child");
      add(v, THING_BEFORE, "storm hurricane typhoon hms mv ss rms operation project"
        // Ngāti Porou, Ngāi Tahu: an iwi, a people of Aotearoa, named by its ancestor
        + " ngāti ngati ngāi ngai"
        // Coleg Gwent, Meithrinfa Seren Fach, Cylch Meithrin: a Welsh college or nursery
        + " coleg meithrinfa cylch"
        // Masjid Umar, Jamia Masjid, Darul Uloom: a mosque or a school of faith named after a person
        + " masjid jamia darul"
        // Welsh and Gaelic names of places and bodies begin with their kind: Ysgol Bryn Alyn (a
        // school), Plas y Bryn (a hall), Tŷ Gwyn (a house), Cyngor Sir (a county council)
        + " ysgol plas neuadd canolfan ysbyty meddygfa capel eglwys cyngor hafan tŷ ty heol ffordd"
        + " stryd lôn maes dŵr"
        // and Irish and Māori: Scoil Bhríde, Coláiste Íde, Cuan Mhuire, Te Kura Kaupapa Māori,
        // Te Rūnanga o Ngāti Porou, Te Rōpū Manaia
        + " scoil gaelscoil coláiste colaiste cuan ospidéal ionad whare kura rūnanga runanga"
        + " kōhanga kohanga rōpū ropu");
    add(v, WEATHER, "storm storms hurricane typhoon cyclone");
    add(v, ROSTER, "present attendees attendance attending apologies absent invited participants"
        + " attendee cc bcc to from");
    add(v, GREETING, "dear hi hello hey thanks cheers hiya heya morning afternoon evening");
    add(v, SIGN_OFF, "regards wishes thanks cheers sincerely faithfully warmly best love soon");
    add(v, PLATFORM, "twitter instagram tiktok snapchat youtube ig insta discord twitch");
    add(v, SPOKEN_ZERO, "oh zero nought");
    add(v, BODY_CONTEXT, "instructed member members mp lab con ld libdem snp pc dup sf sdlp uup"
        + " alliance green reform ind");
    add(v, RESIDES, "lives live living lived resides reside residing stays staying stayed moved"
        + " moving");
    add(v, THING_NOUN, "studio studios store stores shop shops film films book books series"
        + " franchise quote quotes speech effect model approach principle lecture lectures award"
        + " awards prize memorial statue line bridge tunnel stadium theatre exhibition brand song"
        + " songs album concert tour musical novel novels movie movies character characters"
        + " costume toys toy game games review report inquiry");
    add(v, TLD, "com org net uk io info me co ly tv app dev blog site online xyz eu ie biz us ca au"
        + " nz de fr es it nl be ch se no dk fi pl pt gov ac nhs sch edu page link live tech store"
        + " shop club social news wales scot london ee gg fm ai sh cc ws la gl im tk gd vc");
    java.util.List<String> function = java.util.List.of(NameVetoes.IDIOM_FUNCTION_WORDS);
    for (String phrase : NameVetoes.IDIOM_PHRASES) {
      for (String w : phrase.split(" ")) {
        if (!function.contains(w)) {
          v.addSecond(w, IDIOM_PART);
        }
      }
    }
  }

  private static void add(Lexicon v, int flag, String words) {
    for (String w : words.split(" ")) {
      if (!w.isEmpty()) {
        v.addSecond(w, flag);
      }
    }
  }
}
