package org.restwise.core.advice;

/**
 * The published sources our rules rest on: the domain article's five references, five well-known
 * ones added where a rule needs a source the article lacks (sleep, illness, overreaching, the
 * autonomic downshift, acute soft-tissue injury), and six behind the body readout (HRV trends and
 * their reading, resting heart rate, the jump test). Each rule cites only what the source's own
 * abstract supports; the rule's Javadoc says why it fits.
 */
public enum Reference {
    /** Meta-analysis of 99 studies: active recovery gives a small-to-large drop in DOMS; massage does most. */
    DUPUY_2018(
            "Dupuy O, Douzi W, Theurot D, Bosquet L, Dugué B (2018). An evidence-based approach for choosing "
                    + "post-exercise recovery techniques to reduce markers of muscle damage, soreness, fatigue, and "
                    + "inflammation: a systematic review with meta-analysis. Front Physiol.",
            "10.3389/fphys.2018.00403"),
    /** Systematic review: active recovery of 6–10 minutes showed consistently positive effects on performance. */
    ORTIZ_2019(
            "Ortiz RO Jr, Sinclair Elder AJ, Elder CL, Dawes JJ (2019). A systematic review on the effectiveness "
                    + "of active recovery interventions on athletic performance of professional-, collegiate-, and "
                    + "competitive-level adult athletes. J Strength Cond Res.",
            "10.1519/JSC.0000000000002589"),
    /** Meta-analysis: passive recovery between high-intensity bouts favours the next bout's performance. */
    PERRIER_MELO_2020(
            "Perrier-Melo RJ, D'Amorim I, Meireles Santos T, Caldas Costa E, Rodrigues Barbosa R, da Cunha Costa M "
                    + "(2020). Effect of active versus passive recovery on performance-related outcome during "
                    + "high-intensity interval exercise. J Sports Med Phys Fitness.",
            "10.23736/S0022-4707.20.11070-3"),
    /**
     * Narrative review of cool-downs: they clear blood lactate faster, but mostly do not reduce
     * soreness or speed the recovery of muscle-damage markers, and can interfere with glycogen
     * resynthesis. (The article's reference list gives a different subtitle; this is the published one.)
     */
    VAN_HOOREN_PEAKE_2018(
            "Van Hooren B, Peake JM (2018). Do we need a cool-down after exercise? A narrative review of the "
                    + "psychophysiological effects and the effects on performance, injuries and the long-term "
                    + "adaptive response. Sports Med.",
            "10.1007/s40279-018-0916-2"),
    /**
     * Review: rest alone returns blood lactate to baseline well within the time between sessions, and
     * no recovery modality (active recovery included) has substantial evidence of speeding recovery
     * between sessions.
     */
    BARNETT_2006(
            "Barnett A (2006). Using recovery modalities between training sessions in elite athletes: does it "
                    + "help? Sports Med.",
            "10.2165/00007256-200636090-00005"),
    /** Review: sleep loss impairs sport-specific performance and autonomic balance, mimicking overtraining. */
    FULLAGAR_2015(
            "Fullagar HHK, Skorski S, Duffield R, Hammes D, Coutts AJ, Meyer T (2015). Sleep and athletic "
                    + "performance: the effects of sleep loss on exercise performance, and physiological and "
                    + "cognitive responses to exercise. Sports Med.",
            "10.1007/s40279-014-0260-0"),
    /** ECSS/ACSM consensus on recognising, preventing and treating overreaching and overtraining. */
    MEEUSEN_2013(
            "Meeusen R, Duclos M, Foster C, Fry A, Gleeson M, Nieman D, Raglin J, Rietjens G, Steinacker J, "
                    + "Urhausen A (2013). Prevention, diagnosis, and treatment of the overtraining syndrome: joint "
                    + "consensus statement of the European College of Sport Science and the American College of "
                    + "Sports Medicine. Med Sci Sports Exerc.",
            "10.1249/MSS.0b013e318279a10a"),
    /** IOC consensus: load management and illness, with guidance for training around acute illness. */
    SCHWELLNUS_2016(
            "Schwellnus M, Soligard T, Alonso JM, Bahr R, Clarsen B, Dijkstra HP, et al. (2016). How much is too "
                    + "much? (Part 2) International Olympic Committee consensus statement on load in sport and risk "
                    + "of illness. Br J Sports Med.",
            "10.1136/bjsports-2016-096572"),
    /** Review: how the parasympathetic system reactivates after exercise, the downshift rest supports. */
    STANLEY_2013(
            "Stanley J, Peake JM, Buchheit M (2013). Cardiac parasympathetic reactivation following exercise: "
                    + "implications for training prescription. Sports Med.",
            "10.1007/s40279-013-0083-4"),
    /** Editorial on soft-tissue injury care: protect and unload for the first days, then load as pain allows. */
    DUBOIS_ESCULIER_2020(
            "Dubois B, Esculier JF (2020). Soft-tissue injuries simply need PEACE and LOVE. Br J Sports Med.",
            "10.1136/bjsports-2019-101253"),
    /**
     * Case comparison of two elite triathletes: in the one who became non-functionally overreached,
     * the 7-day rolling mean of ln rMSSD (and its coefficient of variation) fell towards the race.
     */
    PLEWS_2012(
            "Plews DJ, Laursen PB, Kilding AE, Buchheit M (2012). Heart rate variability in elite triathletes, is "
                    + "variation in variability the key to effective training? A case comparison. Eur J Appl Physiol.",
            "10.1007/s00421-012-2354-4"),
    /** Current opinion: in elite endurance athletes both falls and rises of HRV can mean poor adaptation (saturation). */
    PLEWS_2013(
            "Plews DJ, Laursen PB, Stanley J, Kilding AE, Buchheit M (2013). Training adaptation and heart rate "
                    + "variability in elite endurance athletes: opening the door to effective monitoring. Sports Med.",
            "10.1007/s40279-013-0071-8"),
    /** At least three valid mornings a week give a 7-day ln rMSSD mean equivalent to seven (PubMed 24334285). */
    PLEWS_2014(
            "Plews DJ, Laursen PB, Le Meur Y, Hausswirth C, Kilding AE, Buchheit M (2014). Monitoring training with "
                    + "heart rate-variability: how much compliance is needed for valid assessment? Int J Sports "
                    + "Physiol Perform.",
            "10.1123/ijspp.2013-0455"),
    /**
     * Review of resting, exercise and recovery heart-rate measures: read a change against the measure's
     * error and smallest worthwhile change, and in its training context.
     */
    BUCHHEIT_2014(
            "Buchheit M (2014). Monitoring training status with HR measures: do all roads lead to Rome? Front Physiol.",
            "10.3389/fphys.2014.00073"),
    /** Functionally overreached triathletes showed a rise of parasympathetic indices (ln rMSSD), reversed by the taper. */
    LE_MEUR_2013(
            "Le Meur Y, Pichon A, Schaal K, Schmitt L, Louis J, Gueneron J, Vidal PP, Hausswirth C (2013). Evidence "
                    + "of parasympathetic hyperactivity in functionally overreached athletes. Med Sci Sports Exerc.",
            "10.1249/MSS.0b013e3182980125"),
    /** Meta-analysis: countermovement jump height tracks neuromuscular fatigue; the average jump more sensitively than the best. */
    CLAUDINO_2017(
            "Claudino JG, Cronin J, Mezêncio B, McMaster DT, McGuigan M, Tricoli V, Amadio AC, Serrão JC (2017). The "
                    + "countermovement jump to monitor neuromuscular status: a meta-analysis. J Sci Med Sport.",
            "10.1016/j.jsams.2016.08.011");

    private final Evidence evidence;

    Reference(String citation, String doi) {
        this.evidence = new Evidence(citation, doi);
    }

    public Evidence evidence() {
        return evidence;
    }
}
