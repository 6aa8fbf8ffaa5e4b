package org.restwise.core.advice;

/** The published sources our rules rest on (the domain article's reference list). */
public enum Reference {
    DUPUY_2018(
            "Dupuy O, Douzi W, Theurot D, Bosquet L, Dugué B (2018). An evidence-based approach for choosing "
                    + "post-exercise recovery techniques to reduce markers of muscle damage, soreness, fatigue, and "
                    + "inflammation: a systematic review with meta-analysis. Front Physiol.",
            "10.3389/fphys.2018.00403"),
    ORTIZ_2019(
            "Ortiz RO Jr, Sinclair Elder AJ, Elder CL, Dawes JJ (2019). A systematic review on the effectiveness "
                    + "of active recovery interventions on athletic performance of professional-, collegiate-, and "
                    + "competitive-level adult athletes. J Strength Cond Res.",
            "10.1519/JSC.0000000000002589"),
    PERRIER_MELO_2020(
            "Perrier-Melo RJ, D'Amorim I, Meireles Santos T, Caldas Costa E, Rodrigues Barbosa R, da Cunha Costa M "
                    + "(2020). Effect of active versus passive recovery on performance-related outcome during "
                    + "high-intensity interval exercise. J Sports Med Phys Fitness.",
            "10.23736/S0022-4707.20.11070-3"),
    VAN_HOOREN_PEAKE_2018(
            "Van Hooren B, Peake JM (2018). Do we need a cool-down after exercise? A narrative review of the "
                    + "psychophysiological effects and the evidence for the efficacy of the cool-down. Sports Med.",
            "10.1007/s40279-018-0916-2"),
    BARNETT_2006(
            "Barnett A (2006). Using recovery modalities between training sessions in elite athletes: does it "
                    + "help? Sports Med.",
            "10.2165/00007256-200636090-00005");

    private final Evidence evidence;

    Reference(String citation, String doi) {
        this.evidence = new Evidence(citation, doi);
    }

    public Evidence evidence() {
        return evidence;
    }
}
