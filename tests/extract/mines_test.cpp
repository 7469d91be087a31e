// Added in session 18 (issue 8), from the misses of world16 and world17: a mine that went off
// after a war is an incident, told in the words of machine-translated agencies ("was wounded in
// the result of the mine explosion", "killed when a mine detonated"), and nobody is its inferred
// firer. Every report is invented.
#include "world_fixture.hpp"

namespace truce::extract {
namespace {

using Mines = WorldExtraction;

// "wounded in the" is a frame ("wounded in the fighting"), but a mine no earlier sentence named
// is a new blast; a writer's aside ("It should be noted that") is no modal of it.
TEST_F(Mines, AMineExplosionNoSentenceToldBeforeIsAnIncident) {
  auto x = run(
      "It should be noted that yesterday near Martuni an employee of the mine action agency was "
      "wounded in the result of the mine explosion during the works of the demining, the agency "
      "said.",
      "", "2021-06-13");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "explosions_remote_violence");
  EXPECT_EQ(x.incidents[0].sub_event, "Remote explosive/landmine/IED");
}

// "a serviceman was killed when a mine detonated", "wounded by a mine": incidents whose firer
// the place does not tell, though the place lies in one camp's country.
TEST_F(Mines, AMineThatWentOffHasNoInferredFirer) {
  auto x =
      run("On May 24, a serviceman of the Azerbaijani Army was killed when a mine detonated during "
          "engineering works near Martuni, the Ministry of Defense of Azerbaijan said.",
          "", "2021-06-13");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "explosions_remote_violence");
  EXPECT_FALSE(x.incidents[0].actor1.has_value());
  auto y = run("Officials said on Thursday that one man had been wounded by a mine near Martuni.",
               "", "2021-06-13");
  ASSERT_EQ(y.incidents.size(), 1u);
  EXPECT_EQ(y.incidents[0].type, "explosions_remote_violence");
}

// A mine told in the sentence before is the one "killed in the mine explosion" refers to: one
// incident, not two.
TEST_F(Mines, TheMineToldBeforeIsTheSameBlast) {
  auto x =
      run("A mine exploded under a truck near Martuni on Monday, the Ministry of Defense of "
          "Azerbaijan said. Two soldiers were killed in the mine explosion, it added.",
          "", "2021-06-13");
  EXPECT_EQ(x.incidents.size(), 1u);
}

}  // namespace
}  // namespace truce::extract
